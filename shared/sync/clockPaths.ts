import { canonicalJson } from '../audit/canonicalJson.ts';
import type { ListRule, MergeRule } from './mergeRuleTypes.ts';

export type FieldClocks = Record<string, string>;

/** A path below `parent`: `.field` into an object, `/key` into a list item. */
export function fieldPath(parent: string, field: string): string {
  return parent === '' ? field : `${parent}.${field}`;
}

/** Keys are escaped so an id holding `.` or `/` cannot be read as a deeper path. */
export function itemPath(list: string, key: string): string {
  return `${list}/${key.replaceAll('%', '%25').replaceAll('/', '%2F').replaceAll('.', '%2E')}`;
}

/** The later of two encoded clocks ('' = no clock). */
export function laterClock(a: string, b: string): string {
  return a >= b ? a : b;
}

/** The clock that governs `path`: its own clock or the floor its ancestors set, whichever is later. */
export function effectiveClock(clocks: FieldClocks, path: string, floor: string): string {
  return laterClock(clocks[path] ?? '', floor);
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}

/** Absent sorts below every value; equal clocks with different values (a faulty peer) take the larger. */
export function valueOrder(value: unknown): string {
  return value === undefined ? '' : canonicalJson(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** True when `value` has the shape the rule expects (absent fits every rule). */
export function fitsRule(rule: MergeRule, value: unknown): boolean {
  if (value === undefined || rule.kind === 'register') return true;
  return rule.kind === 'object' ? isPlainObject(value) : Array.isArray(value);
}

/** A list's items by key; a key listed twice (only a faulty writer) keeps the larger item. */
export function itemsByKey(rule: ListRule, list: unknown): Map<string, unknown> {
  const items = new Map<string, unknown>();
  if (!Array.isArray(list)) return items;
  for (const item of list) {
    const key = rule.key(item);
    const seen = items.get(key);
    if (seen === undefined || valueOrder(item) > valueOrder(seen)) items.set(key, item);
  }
  return items;
}

export function sortedKeys(...sources: Iterable<string>[]): string[] {
  const keys = new Set<string>();
  for (const source of sources) for (const key of source) keys.add(key);
  return [...keys].sort();
}
