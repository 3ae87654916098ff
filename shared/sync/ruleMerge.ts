import {
  effectiveClock,
  fieldPath,
  fitsRule,
  itemPath,
  itemsByKey,
  laterClock,
  sortedKeys,
  valueOrder,
  type FieldClocks,
} from './clockPaths.ts';
import { register, type ListRule, type MergeRule, type ObjectRule } from './mergeRuleTypes.ts';

/** One version of a part of a document: its value, the document's clocks, the floor above it. */
interface Version {
  value: unknown;
  clocks: FieldClocks;
  floor: string;
}

/** Which version wins a register: the later clock, then (equal clocks, only a faulty peer) the larger value. */
function registerWinner(path: string, a: Version, b: Version): Version {
  const clockA = effectiveClock(a.clocks, path, a.floor);
  const clockB = effectiveClock(b.clocks, path, b.floor);
  if (clockA !== clockB) return clockA > clockB ? a : b;
  return valueOrder(a.value) >= valueOrder(b.value) ? a : b;
}

/**
 * Merge two versions of the value at `path` by `rule`; undefined = absent.
 * Every decision compares effective clocks, which are the pointwise maximum
 * of both versions' clocks, so the merge is a lattice join.
 */
export function mergeValue(rule: MergeRule, path: string, a: Version, b: Version): unknown {
  if (rule.kind === 'register' || !fitsRule(rule, a.value) || !fitsRule(rule, b.value))
    return registerWinner(path, a, b).value;
  if (a.value === undefined && b.value === undefined) return undefined;
  return rule.kind === 'object' ? mergeObject(rule, path, a, b) : mergeList(rule, path, a, b);
}

/** Fields merge independently. An object present in either version is present (commands never remove one). */
function mergeObject(rule: ObjectRule, path: string, a: Version, b: Version) {
  const floorA = effectiveClock(a.clocks, path, a.floor);
  const floorB = effectiveClock(b.clocks, path, b.floor);
  const objectA = (a.value ?? {}) as Record<string, unknown>;
  const objectB = (b.value ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = {};
  for (const field of sortedKeys(Object.keys(objectA), Object.keys(objectB))) {
    const value = mergeValue(
      rule.fields[field] ?? register,
      fieldPath(path, field),
      { value: objectA[field], clocks: a.clocks, floor: floorA },
      { value: objectB[field], clocks: b.clocks, floor: floorB },
    );
    if (value !== undefined) merged[field] = value;
  }
  return merged;
}

interface MergedItem {
  key: string;
  value: unknown;
  clock: string;
}

/** Items merge by key; removed items stay removed until a later clock adds them back. */
function mergeList(rule: ListRule, path: string, a: Version, b: Version) {
  const floorA = effectiveClock(a.clocks, path, a.floor);
  const floorB = effectiveClock(b.clocks, path, b.floor);
  const itemsA = itemsByKey(rule, a.value);
  const itemsB = itemsByKey(rule, b.value);
  const merged: MergedItem[] = [];
  for (const key of sortedKeys(itemsA.keys(), itemsB.keys())) {
    const at = itemPath(path, key);
    const versionA = { value: itemsA.get(key), clocks: a.clocks, floor: floorA };
    const versionB = { value: itemsB.get(key), clocks: b.clocks, floor: floorB };
    const clock = laterClock(
      effectiveClock(a.clocks, at, floorA),
      effectiveClock(b.clocks, at, floorB),
    );
    merged.push({ key, clock, value: mergeItem(rule, at, versionA, versionB) });
  }
  const kept = keepLatestOfEachSlot(rule, merged).filter((item) => item.value !== undefined);
  if (kept.length === 0 && rule.omitWhenEmpty) return undefined;
  return kept
    .sort((x, y) => rule.order(x.value, y.value) || (x.key < y.key ? -1 : 1))
    .map((item) => item.value);
}

/**
 * A register item is one value. An object item's own clock says whether it
 * is there (added or removed, the later wins); its fields merge independently.
 */
function mergeItem(rule: ListRule, at: string, a: Version, b: Version): unknown {
  if (
    rule.item.kind === 'register' ||
    !fitsRule(rule.item, a.value) ||
    !fitsRule(rule.item, b.value)
  )
    return registerWinner(at, a, b).value;
  const presence = registerWinner(
    at,
    { ...a, value: a.value === undefined ? undefined : true },
    { ...b, value: b.value === undefined ? undefined : true },
  );
  if (presence.value === undefined) return undefined;
  return mergeObject(rule.item, at, a, b);
}

/**
 * Of the items sharing a slot, only the latest (clock, then present over
 * removed, then key) stays. Choosing by clock alone keeps this a join: an
 * item hidden here was behind the slot's latest, and stays behind it.
 */
function keepLatestOfEachSlot(rule: ListRule, items: MergedItem[]): MergedItem[] {
  const { slotOf } = rule;
  if (!slotOf) return items;
  const latest = new Map<string, MergedItem>();
  const rank = (item: MergedItem) =>
    [item.clock, item.value === undefined ? 0 : 1, item.key] as const;
  for (const item of items) {
    const slot = slotOf(item.key);
    if (slot === undefined) continue;
    const held = latest.get(slot);
    if (!held || compareRank(rank(item), rank(held)) > 0) latest.set(slot, item);
  }
  return items.map((item) => {
    const slot = slotOf(item.key);
    return slot === undefined || latest.get(slot) === item ? item : { ...item, value: undefined };
  });
}

function compareRank(
  a: readonly [string, number, string],
  b: readonly [string, number, string],
): number {
  if (a[0] !== b[0]) return a[0] > b[0] ? 1 : -1;
  if (a[1] !== b[1]) return a[1] - b[1];
  return a[2] === b[2] ? 0 : a[2] > b[2] ? 1 : -1;
}

/** Both versions' clocks, each path at its later clock. */
export function mergeClocks(a: FieldClocks, b: FieldClocks): FieldClocks {
  const merged: FieldClocks = {};
  for (const path of sortedKeys(Object.keys(a), Object.keys(b))) {
    const clock = laterClock(a[path] ?? '', b[path] ?? '');
    if (clock !== '') merged[path] = clock;
  }
  return merged;
}
