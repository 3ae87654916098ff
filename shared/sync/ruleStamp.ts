import {
  effectiveClock,
  fieldPath,
  fitsRule,
  itemPath,
  itemsByKey,
  sameValue,
  sortedKeys,
  type FieldClocks,
} from './clockPaths.ts';
import { register, type ListRule, type MergeRule, type ObjectRule } from './mergeRuleTypes.ts';

/** What one command's stamp sees: the clocks before it and the clocks it writes. */
interface Stamping {
  before: FieldClocks;
  after: FieldClocks;
  stamp: string;
}

/**
 * Give `stamp` to every part of the value at `path` that the command added,
 * changed or removed, as finely as the rule splits it: a register as a
 * whole, an object field by field, a list item by item. Lists and objects
 * themselves get no clock (a clock there would be a floor over concurrent
 * item changes on other peers); their parts carry the clocks.
 */
export function stampValue(
  rule: MergeRule,
  path: string,
  previous: unknown,
  next: unknown,
  floor: string,
  stamping: Stamping,
): void {
  if (rule.kind === 'register' || !fitsRule(rule, previous) || !fitsRule(rule, next)) {
    stampRegister(path, previous, next, floor, stamping);
    return;
  }
  const below = effectiveClock(stamping.before, path, floor);
  if (rule.kind === 'object') stampObject(rule, path, previous, next, below, stamping);
  else stampList(rule, path, previous, next, below, stamping);
}

function stampRegister(
  path: string,
  previous: unknown,
  next: unknown,
  floor: string,
  stamping: Stamping,
): void {
  const unclocked = next !== undefined && effectiveClock(stamping.before, path, floor) === '';
  if (unclocked || !sameValue(previous, next)) stamping.after[path] = stamping.stamp;
}

function stampObject(
  rule: ObjectRule,
  path: string,
  previous: unknown,
  next: unknown,
  floor: string,
  stamping: Stamping,
): void {
  const before = (previous ?? {}) as Record<string, unknown>;
  const after = (next ?? {}) as Record<string, unknown>;
  for (const field of sortedKeys(Object.keys(before), Object.keys(after)))
    stampValue(
      rule.fields[field] ?? register,
      fieldPath(path, field),
      before[field],
      after[field],
      floor,
      stamping,
    );
}

/**
 * An item added or removed gets the stamp on its own path (which is also the
 * floor of its fields, so a new item needs no more); an item kept is
 * stamped where it changed.
 */
function stampList(
  rule: ListRule,
  path: string,
  previous: unknown,
  next: unknown,
  floor: string,
  stamping: Stamping,
): void {
  const before = itemsByKey(rule, previous);
  const after = itemsByKey(rule, next);
  for (const key of sortedKeys(before.keys(), after.keys())) {
    const at = itemPath(path, key);
    const was = before.get(key);
    const is = after.get(key);
    const objectItem =
      rule.item.kind === 'object' && fitsRule(rule.item, was) && fitsRule(rule.item, is);
    if (!objectItem) {
      stampRegister(at, was, is, floor, stamping);
    } else if ((was === undefined) !== (is === undefined)) {
      stamping.after[at] = stamping.stamp;
    } else if (is !== undefined) {
      stampObject(
        rule.item as ObjectRule,
        at,
        was,
        is,
        effectiveClock(stamping.before, at, floor),
        stamping,
      );
    }
  }
}
