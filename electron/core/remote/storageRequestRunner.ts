// Runs one validated request against an opened storage instance, after
// the access policy said yes. Parameters are re-validated per method and
// queries are re-planned by the node: a client's query plan is never trusted.
import { z } from 'zod';
import {
  blobToBase64String,
  getChangedDocumentsSince,
  normalizeMangoQuery,
  prepareQuery,
} from 'rxdb';
import type { MangoQuery, RxJsonSchema, RxDocumentData } from 'rxdb';
import { answerInternalStoreStartupWrite } from './internalStoreStartupWrites.ts';
import { assertSafeSelector } from './queryGuards.ts';
import { RemoteStorageMessageError, RemoteStorageRefusedError } from './remoteStorageErrors.ts';
import type { RemoteMethod } from './remoteMessageParser.ts';
import { queryAsJson } from './serializedResult.ts';
import {
  answerWithoutSecrets,
  mayHoldSecrets,
  SECRET_KINDS,
  selectedKind,
  withoutSecrets,
} from './secretRecords.ts';
import type { StorageTarget } from './storageTargets.ts';

const MAX_IDS = 10_000;
const MAX_PAGE = 10_000;

const mangoQuerySchema = z.object({
  selector: z.record(z.string(), z.unknown()).optional(),
  sort: z
    .array(z.record(z.string(), z.enum(['asc', 'desc'])))
    .max(20)
    .optional(),
  skip: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(MAX_PAGE).optional(),
  index: z.union([z.string(), z.array(z.string()).max(20)]).optional(),
});

const paramsByMethod = {
  findDocumentsById: z.tuple([z.array(z.string().max(400)).max(MAX_IDS), z.boolean()]),
  query: z.tuple([z.object({ query: mangoQuerySchema })]),
  count: z.tuple([z.object({ query: mangoQuerySchema })]),
  getAttachmentData: z.tuple([z.string().max(400), z.string().max(400), z.string().max(400)]),
  getChangedDocumentsSince: z.tuple([
    z.number().int().min(1).max(MAX_PAGE),
    z.unknown().optional(),
  ]),
};

export type RunnableMethod = Exclude<RemoteMethod, 'create' | 'close'>;

export async function runStorageRequest(
  target: StorageTarget,
  method: RunnableMethod,
  params: unknown,
  readOnly: boolean,
  /** The transport sends text: a query may answer with its result already serialised. */
  textAnswers = false,
): Promise<unknown> {
  switch (method) {
    case 'remove':
    case 'cleanup':
      throw new RemoteStorageRefusedError(
        `"${method}" on "${target.collectionName}" is refused: windows and wall displays may not delete or purge the node's storage.`,
      );
    case 'bulkWrite':
      return runBulkWrite(target, params, readOnly);
    default:
      return runRead(target, method, params, textAnswers);
  }
}

function runBulkWrite(target: StorageTarget, params: unknown, readOnly: boolean): Promise<unknown> {
  // Opening an RxDatabase registers itself in the internal store, also on a
  // wall display; that is answered without writing anything.
  if (target.isInternalStore) return answerInternalStoreStartupWrite(target.instance, params);
  if (readOnly) {
    throw new RemoteStorageRefusedError(
      `This display is read-only: writing to "${target.collectionName}" is refused. Make changes from a commander console.`,
    );
  }
  throw new RemoteStorageRefusedError(
    `Direct writes to "${target.collectionName}" are refused: Lantern changes data only through commands run by the node. Send the command instead.`,
  );
}

async function runRead(
  target: StorageTarget,
  method: keyof typeof paramsByMethod,
  params: unknown,
  textAnswers: boolean,
): Promise<unknown> {
  const instance = target.instance;
  switch (method) {
    case 'findDocumentsById': {
      const [ids, withDeleted] = parse(method, params);
      return withoutSecrets(await instance.findDocumentsById(ids, withDeleted));
    }
    case 'query': {
      const query = parse(method, params)[0].query;
      const secrets = secretsPossible(target, query);
      if (secrets === 'only') return { documents: [] };
      const prepared = replan(target, query);
      if (secrets === 'mixed') return answerWithoutSecrets(await instance.query(prepared));
      const text = textAnswers ? queryAsJson(instance, prepared as never) : undefined;
      return text ?? instance.query(prepared);
    }
    case 'count': {
      const query = parse(method, params)[0].query;
      const secrets = secretsPossible(target, query);
      if (secrets === 'only') return { count: 0, mode: 'fast' };
      const prepared = replan(target, query);
      if (secrets === 'none') return instance.count(prepared);
      const { documents } = answerWithoutSecrets(await instance.query(prepared));
      return { count: documents.length, mode: 'slow' };
    }
    case 'getAttachmentData': {
      const [documentId, attachmentId, digest] = parse(method, params);
      return blobToBase64String(await instance.getAttachmentData(documentId, attachmentId, digest));
    }
    case 'getChangedDocumentsSince': {
      const [limit, checkpoint] = parse(method, params);
      // JSON turns an undefined checkpoint into null.
      const changes = await getChangedDocumentsSince(instance, limit, checkpoint ?? undefined);
      return mayHoldSecrets(target) ? answerWithoutSecrets(changes) : changes;
    }
  }
}

/** Whether a query on this target could answer secret records: none, only them, or mixed in. */
function secretsPossible(
  target: StorageTarget,
  query: z.infer<typeof mangoQuerySchema>,
): 'none' | 'only' | 'mixed' {
  if (!mayHoldSecrets(target)) return 'none';
  const kind = selectedKind(query.selector);
  if (kind === undefined) return 'mixed';
  return SECRET_KINDS.has(kind) ? 'only' : 'none';
}

function parse<M extends keyof typeof paramsByMethod>(
  method: M,
  params: unknown,
): z.infer<(typeof paramsByMethod)[M]> {
  const parsed = paramsByMethod[method].safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || 'params'}: ${issue.message}` : 'invalid';
    throw new RemoteStorageMessageError(`Invalid parameters for "${method}" (${where}).`);
  }
  return parsed.data as z.infer<(typeof paramsByMethod)[M]>;
}

function replan(target: StorageTarget, query: z.infer<typeof mangoQuerySchema>) {
  const schema = target.instance.schema as RxJsonSchema<RxDocumentData<unknown>>;
  assertSafeSelector(query.selector, target.collectionName);
  try {
    return prepareQuery(schema, normalizeMangoQuery(schema, query as MangoQuery<unknown>));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new RemoteStorageMessageError(
      `Query on "${target.collectionName}" cannot run on the node: ${reason}`,
    );
  }
}
