import { getValidator } from 'rxdb/plugins/validate-ajv';
import {
  APPEND_ONLY_COLLECTIONS,
  COLLECTION_NAMES,
  isMutableCollection,
  lanternSchemas,
  type CollectionName,
} from '../../../shared/schema/collections.ts';
import { latestClock } from '../../../shared/sync/fieldClocks.ts';
import { decodeHlc, HlcError } from '../../../shared/time/hlc.ts';
import { MAX_CLOCK_LEAD_MS } from '../commands/commandExecutor.ts';

/** What a peer may send as one document: the collection's schema plus RxDB's `_deleted`. */
type Validate = (doc: unknown) => { instancePath?: string; message?: string }[];
const validators = new Map<CollectionName, Validate>();

export function isCollectionName(name: unknown): name is CollectionName {
  return typeof name === 'string' && (COLLECTION_NAMES as string[]).includes(name);
}

export function isAppendOnly(collection: CollectionName): boolean {
  return APPEND_ONLY_COLLECTIONS.includes(collection);
}

function validatorFor(collection: CollectionName): Validate {
  let validate = validators.get(collection);
  if (!validate) {
    validate = getValidator(lanternSchemas[collection]) as Validate;
    validators.set(collection, validate);
  }
  return validate;
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
 * it may: it must match its collection's schema, carry field clocks when the
 * collection is mutable, and no clock may lie more than an hour ahead of
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
  const errors = validatorFor(collection)(documentContent(record));
  if (errors.length > 0) {
    const error = errors[0];
    return `${collection}${(error?.instancePath ?? '').replaceAll('/', '.')} ${error?.message ?? 'is not valid'}`;
  }
  if (isMutableCollection(collection)) {
    const clocks = record.fieldClocks;
    if (!clocks || typeof clocks !== 'object') return 'a mutable document without fieldClocks';
    for (const clock of Object.values(clocks as Record<string, unknown>)) {
      const problem = clockProblem(clock, now);
      if (problem) return problem;
    }
  }
  const latest = latestClock(record);
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
