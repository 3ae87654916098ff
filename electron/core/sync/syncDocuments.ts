import { getPrimaryFieldOfPrimaryKey, type RxJsonSchema } from 'rxdb';
import { storedContentProblem } from '../../../shared/store/kindValidation.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../../shared/store/layout.ts';
import { latestClock, type FieldClocks } from '../../../shared/sync/fieldClocks.ts';
import { decodeHlc, HlcError } from '../../../shared/time/hlc.ts';
import { MAX_CLOCK_LEAD_MS } from '../commands/commandExecutor.ts';

export function isCollectionName(name: unknown): name is CollectionName {
  return typeof name === 'string' && (COLLECTION_NAMES as string[]).includes(name);
}

/** The document without RxDB's replication fields, as the schema describes it. */
export function documentContent(doc: Record<string, unknown>): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key === '_deleted' || key === '_meta' || key === '_rev' || key === '_attachments') continue;
    content[key] = value;
  }
  return content;
}

/**
 * Why a document received from a peer may not be stored, or undefined when
 * it may: it must match its kind's shape (and a record its envelope), carry
 * field clocks when the kind is mutable, and no clock may lie more than an hour ahead of
 * this node's wall clock (a broken clock would otherwise win every merge).
 */
export function documentProblem(
  collection: CollectionName,
  doc: unknown,
  now = Date.now(),
): string | undefined {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return 'not an object';
  const record = doc as Record<string, unknown>;
  if ('_deleted' in record && typeof record._deleted !== 'boolean')
    return '_deleted is not a boolean';
  for (const key of Object.keys(record))
    if (
      key.startsWith('_') &&
      key !== '_deleted' &&
      key !== '_attachments' &&
      key !== '_meta' &&
      key !== '_rev'
    )
      return `unexpected field ${key}`;
  const problem = storedContentProblem(collection, documentContent(record));
  if (problem) return problem;
  const clocks = (record.fieldClocks ?? {}) as FieldClocks;
  for (const clock of Object.values(clocks)) {
    const clockIssue = clockProblem(clock, now);
    if (clockIssue) return clockIssue;
  }
  const body = record.body;
  const latest =
    latestClock(record) ??
    (body && typeof body === 'object' ? latestClock(body as Record<string, unknown>) : undefined);
  return latest === undefined ? undefined : clockProblem(latest, now);
}

function clockProblem(clock: unknown, now: number): string | undefined {
  if (typeof clock !== 'string') return 'a clock that is not a string';
  try {
    if (decodeHlc(clock).wallMs - now > MAX_CLOCK_LEAD_MS)
      return `a clock more than an hour ahead (${clock})`;
  } catch (error) {
    if (error instanceof HlcError) return error.message;
    throw error;
  }
  return undefined;
}

/** The primary key's field of a collection (records use a composite key, `rid`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- schemas of every collection
export function primaryPathOf(schema: Pick<RxJsonSchema<any>, 'primaryKey'>): string {
  return getPrimaryFieldOfPrimaryKey(schema.primaryKey) as string;
}
