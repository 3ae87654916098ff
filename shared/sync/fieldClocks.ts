import { canonicalJson } from '../audit/canonicalJson.ts';
import type { FieldClocks } from './clockPaths.ts';
import { registersOnly, type ObjectRule } from './mergeRuleTypes.ts';
import { mergeClocks, mergeValue } from './ruleMerge.ts';
import { stampValue } from './ruleStamp.ts';

/**
 * Per-field hybrid-logical-clock merge for mutable documents.
 *
 * Every mutable document carries `fieldClocks`: for each part of it that
 * merges on its own (a top-level field, or with a kind's merge rule a list
 * item or a nested field: mergeRules.ts), the encoded HLC of the last command
 * that changed it. Two versions of a document merge part by part: the higher
 * clock wins (encoded HLCs order by wall time,
 * then counter, then node id, so the node id breaks ties). Equal clocks with
 * different values can only come from a faulty or hostile peer; the larger
 * canonical JSON wins so the result stays deterministic. A deletion on either
 * side wins (Lantern never deletes mutable documents; this keeps the rule a
 * lattice join). The merge is commutative, associative and idempotent, so
 * replicas that have seen the same versions hold the same document whatever
 * the order and however often they were delivered.
 */
export type { FieldClocks };
export type SyncDocument = Record<string, unknown> & { fieldClocks?: FieldClocks };

export const FIELD_CLOCKS = 'fieldClocks';

/** Keys that are not document content: RxDB internals and the clocks themselves. */
function isContentKey(key: string, primaryKey: string): boolean {
  return key !== primaryKey && key !== FIELD_CLOCKS && !key.startsWith('_');
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
 * The clocks for `next`, written by one command with one `stamp`: every part
 * of it that differs from `previous` (added, changed or removed) gets the
 * stamp, as finely as `rule` splits the document (a register as a whole, a
 * list item by item); unchanged parts keep their clocks.
 */
export function stampFieldClocks(
  previous: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
  stamp: string,
  primaryKey = 'id',
  rule: ObjectRule = registersOnly,
): FieldClocks {
  const before: FieldClocks = { ...((previous?.[FIELD_CLOCKS] as FieldClocks | undefined) ?? {}) };
  const stamping = { before, after: { ...before }, stamp };
  stampValue(rule, '', content(previous, primaryKey), content(next, primaryKey), '', stamping);
  return sortKeys(stamping.after);
}

/** The document's own fields: no primary key, no clocks, no RxDB internals. */
function content(doc: Record<string, unknown> | undefined, primaryKey: string) {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc ?? {}))
    if (isContentKey(key, primaryKey)) fields[key] = value;
  return fields;
}

/** Clocks for a document written before field clocks existed: every field gets its `hlc`. */
export function initialFieldClocks(doc: Record<string, unknown>, primaryKey = 'id'): FieldClocks {
  const stamp = typeof doc.hlc === 'string' ? doc.hlc : '';
  const clocks: FieldClocks = {};
  for (const key of Object.keys(content(doc, primaryKey)).sort()) clocks[key] = stamp;
  return clocks;
}

function sortKeys(clocks: FieldClocks): FieldClocks {
  return Object.fromEntries(Object.entries(clocks).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Merge two versions of one document by `rule` (see mergeRuleTypes.ts; the
 * module comment above for registers). Works on any plain content object
 * with its `fieldClocks`, whatever collection or envelope it came from.
 */
export function mergeDocuments<T extends Record<string, unknown>>(
  a: T,
  b: T,
  primaryKey = 'id',
  rule: ObjectRule = registersOnly,
): T {
  const clocksA = (a[FIELD_CLOCKS] as FieldClocks | undefined) ?? {};
  const clocksB = (b[FIELD_CLOCKS] as FieldClocks | undefined) ?? {};
  const fields = mergeValue(
    rule,
    '',
    { value: content(a, primaryKey), clocks: clocksA, floor: '' },
    { value: content(b, primaryKey), clocks: clocksB, floor: '' },
  ) as Record<string, unknown>;
  const merged: Record<string, unknown> = { [primaryKey]: a[primaryKey], ...fields };
  merged[FIELD_CLOCKS] = mergeClocks(
    contentClocks(clocksA, primaryKey),
    contentClocks(clocksB, primaryKey),
  );
  if ('_deleted' in a || '_deleted' in b)
    merged._deleted = a._deleted === true || b._deleted === true;
  if ('_attachments' in a || '_attachments' in b)
    merged._attachments = a._attachments ?? b._attachments;
  return merged as T;
}

function contentClocks(clocks: FieldClocks, primaryKey: string): FieldClocks {
  return Object.fromEntries(
    Object.entries(clocks).filter(
      ([path, clock]) => typeof clock === 'string' && isContentKey(path, primaryKey),
    ),
  );
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
