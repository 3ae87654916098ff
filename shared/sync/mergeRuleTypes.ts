import { canonicalJson } from '../audit/canonicalJson.ts';

/**
 * How one part of a document merges when two peers changed it concurrently.
 * A rule is a small tree that mirrors the document's shape:
 *
 * - `register`: one value, the later clock wins (the default for any field a
 *   rule does not name).
 * - `object`: each field merges by its own rule, independently.
 * - `list`: items identified by a key; each item merges by its own rule
 *   (a register, or an object whose fields merge independently). An item
 *   that is absent while its clock is present was removed at that clock.
 *   After a merge the items are sorted by `order`, then by key, so every
 *   peer stores the same array.
 * - a set of scalars is a list keyed by the element itself (`setOf`).
 *
 * Clocks live in the document's `fieldClocks` map under path keys: `.` steps
 * into an object's field, `/` into a list item (`roles/deputy:p-kevin`,
 * `playbook.steps/stabilise.checkedItems/2`). A clock on a path is also the
 * floor of every path below it, so a document whose list has only a
 * whole-field clock (written before per-item clocks) reads as if every item
 * had been stamped with that clock.
 */
export type MergeRule = RegisterRule | ObjectRule | ListRule;

export interface RegisterRule {
  readonly kind: 'register';
}

export interface ObjectRule {
  readonly kind: 'object';
  /** Fields with a rule of their own; every other field is a register. */
  readonly fields: Readonly<Record<string, MergeRule>>;
}

export interface ListRule {
  readonly kind: 'list';
  /** The item's identity: two versions of one item share it. */
  readonly key: (item: unknown) => string;
  readonly item: RegisterRule | ObjectRule;
  /** The stored order after a merge (ties, and items it cannot compare, by key). */
  readonly order: (a: unknown, b: unknown) => number;
  /**
   * Items whose keys share a slot are one holder at a time: of a slot, only
   * the item with the latest clock stays (a single-holder role).
   */
  readonly slotOf?: (key: string) => string | undefined;
  /** Store no array rather than an empty one (a field whose schema forbids an empty list). */
  readonly omitWhenEmpty?: boolean;
}

export const register: RegisterRule = { kind: 'register' };

export function objectOf(fields: Record<string, MergeRule> = {}): ObjectRule {
  return { kind: 'object', fields };
}

/** The rule of a document whose every field is a register (what sync did before lists). */
export const registersOnly: ObjectRule = objectOf();

export interface ListOptions {
  key: (item: Record<string, unknown>) => string;
  item?: RegisterRule | ObjectRule;
  order?: (a: Record<string, unknown>, b: Record<string, unknown>) => number;
  slotOf?: (key: string) => string | undefined;
}

export function listOf(options: ListOptions): ListRule {
  const order = options.order ?? (() => 0);
  return {
    kind: 'list',
    key: (item) => options.key(asRecord(item)),
    item: options.item ?? register,
    order: (a, b) => order(asRecord(a), asRecord(b)),
    ...(options.slotOf ? { slotOf: options.slotOf } : {}),
  };
}

/** A set of strings or numbers: each element is added and removed on its own; stored sorted. */
export function setOf(options: { omitWhenEmpty?: boolean } = {}): ListRule {
  return {
    kind: 'list',
    key: (element) => (typeof element === 'string' ? element : canonicalJson(element)),
    item: register,
    order: compareScalars,
    ...(options.omitWhenEmpty ? { omitWhenEmpty: true } : {}),
  };
}

/** Items in ascending order of the given fields (strings and numbers), first field first. */
export function byFields(...fields: string[]) {
  return (a: Record<string, unknown>, b: Record<string, unknown>): number => {
    for (const field of fields) {
      const order = compareScalars(a[field], b[field]);
      if (order !== 0) return order;
    }
    return 0;
  };
}

function compareScalars(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  // Absent sorts first; mixed kinds fall back to the key.
  if (a === undefined && b !== undefined) return -1;
  if (b === undefined && a !== undefined) return 1;
  return 0;
}

function asRecord(item: unknown): Record<string, unknown> {
  return item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : {};
}
