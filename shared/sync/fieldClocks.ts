import { canonicalJson } from '../audit/canonicalJson.ts';
import { compareHlc } from '../time/hlc.ts';

/**
 * Per-field hybrid-logical-clock merge for mutable documents.
 *
 * Every mutable document carries `fieldClocks`: for each top-level field, the
 * encoded HLC of the last command that changed it. Two versions of a document
 * merge field by field: the higher clock wins (encoded HLCs order by wall time,
 * then counter, then node id, so the node id breaks ties). Equal clocks with
 * different values can only come from a faulty or hostile peer; the larger
 * canonical JSON wins so the result stays deterministic. A deletion on either
 * side wins (Lantern never deletes mutable documents; this keeps the rule a
 * lattice join). The merge is commutative, associative and idempotent, so
 * replicas that have seen the same versions hold the same document whatever
 * the order and however often they were delivered.
 */
export type FieldClocks = Record<string, string>;
export type SyncDocument = Record<string, unknown> & { fieldClocks?: FieldClocks };

export const FIELD_CLOCKS = 'fieldClocks';

/** Keys that are not document content: RxDB internals and the clocks themselves. */
function isContentKey(key: string, primaryKey: string): boolean {
  return key !== primaryKey && key !== FIELD_CLOCKS && !key.startsWith('_');
}

function contentKeys(primaryKey: string, ...docs: (Record<string, unknown> | undefined)[]) {
  const keys = new Set<string>();
  for (const doc of docs) {
    if (!doc) continue;
    for (const key of Object.keys(doc)) if (isContentKey(key, primaryKey)) keys.add(key);
    const clocks = doc[FIELD_CLOCKS];
    if (clocks && typeof clocks === 'object')
      for (const key of Object.keys(clocks)) if (isContentKey(key, primaryKey)) keys.add(key);
  }
  return [...keys].sort();
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}

function clockOf(doc: Record<string, unknown>, key: string): string {
  const clocks = doc[FIELD_CLOCKS] as FieldClocks | undefined;
  const clock = clocks?.[key];
  return typeof clock === 'string' ? clock : '';
}

/** The highest clock of any field (or the `hlc` field of a document without clocks). */
export function latestClock(doc: Record<string, unknown>): string | undefined {
  let latest: string | undefined;
  const clocks = doc[FIELD_CLOCKS] as FieldClocks | undefined;
  for (const clock of Object.values(clocks ?? {}))
    if (typeof clock === 'string' && (latest === undefined || clock > latest)) latest = clock;
  if (latest === undefined && typeof doc.hlc === 'string') latest = doc.hlc;
  return latest;
}

/**
 * The clocks for `next`, written by one command with one `stamp`: every field
 * whose value differs from `previous` (added, changed or removed) gets the
 * stamp; unchanged fields keep their clocks.
 */
export function stampFieldClocks(
  previous: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
  stamp: string,
  primaryKey = 'id',
): FieldClocks {
  const clocks: FieldClocks = { ...((previous?.[FIELD_CLOCKS] as FieldClocks | undefined) ?? {}) };
  for (const key of contentKeys(primaryKey, previous, next)) {
    if (key in next || (previous && key in previous)) {
      if (!previous || !sameValue(previous[key], next[key]) || clocks[key] === undefined)
        clocks[key] = stamp;
    }
  }
  return sortKeys(clocks);
}

/** Clocks for a document written before field clocks existed: every field gets its `hlc`. */
export function initialFieldClocks(doc: Record<string, unknown>, primaryKey = 'id'): FieldClocks {
  const stamp = typeof doc.hlc === 'string' ? doc.hlc : '';
  const clocks: FieldClocks = {};
  for (const key of contentKeys(primaryKey, doc)) if (key in doc) clocks[key] = stamp;
  return clocks;
}

function sortKeys(clocks: FieldClocks): FieldClocks {
  return Object.fromEntries(Object.entries(clocks).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function valueOrder(value: unknown): string {
  return value === undefined ? '' : canonicalJson(value);
}

/** Merge two versions of one document; see the module comment for the rule. */
export function mergeDocuments<T extends Record<string, unknown>>(
  a: T,
  b: T,
  primaryKey = 'id',
): T {
  const merged: Record<string, unknown> = { [primaryKey]: a[primaryKey] };
  const clocks: FieldClocks = {};
  for (const key of contentKeys(primaryKey, a, b)) {
    const clockA = clockOf(a, key);
    const clockB = clockOf(b, key);
    const order = compareHlc(clockA, clockB);
    let winner: Record<string, unknown>;
    if (order > 0) winner = a;
    else if (order < 0) winner = b;
    else winner = valueOrder(a[key]) >= valueOrder(b[key]) ? a : b;
    if (winner[key] !== undefined) merged[key] = winner[key];
    const clock = order >= 0 ? clockA : clockB;
    if (clock !== '') clocks[key] = clock;
  }
  merged[FIELD_CLOCKS] = clocks;
  if ('_deleted' in a || '_deleted' in b)
    merged._deleted = a._deleted === true || b._deleted === true;
  if ('_attachments' in a || '_attachments' in b)
    merged._attachments = a._attachments ?? b._attachments;
  return merged as T;
}

/** True when two versions hold the same content (clocks included), whatever the key order. */
export function sameDocument(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return canonicalJson(stripInternals(a)) === canonicalJson(stripInternals(b));
}

function stripInternals(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key === '_meta' || key === '_rev' || key === '_attachments') continue;
    if (key === '_deleted' && value !== true) continue;
    out[key] = value;
  }
  return out;
}
