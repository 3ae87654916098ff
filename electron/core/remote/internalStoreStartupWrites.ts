// When a client opens its RxDatabase, RxDB inserts two kinds of documents
// into the `_rxdb_internal` store: the storage token
// (`internal-add-storage-token`) and one document per collection
// (`rx-database-add-collection`). Both are "insert, and on a 409 conflict
// read the existing document". The node already holds those documents, so
// we answer with exactly that conflict — built from the node's own copy —
// and never forward the write. Any other internal-store write is refused.
import { z } from 'zod';
import { RemoteStorageRefusedError } from './remoteStorageErrors.ts';
import type { NodeStorageInstance } from './storageTargets.ts';

const STARTUP_CONTEXTS = ['internal-add-storage-token', 'rx-database-add-collection'];
const MAX_STARTUP_ROWS = 200;

const startupRowSchema = z
  .object({
    document: z.looseObject({
      id: z.string().min(1).max(400),
      context: z.enum(['storage-token', 'collection']),
    }),
    previous: z.undefined().optional(),
  })
  .strict();

const startupParamsSchema = z.tuple([
  z.array(startupRowSchema).min(1).max(MAX_STARTUP_ROWS),
  z.string(),
]);

type InternalDocument = { id: string; context: string };

/** The bulkWrite answer RxDB expects: one 409 conflict per row. */
export type StartupWriteAnswer = { error: object[] };

export async function answerInternalStoreStartupWrite(
  internalStore: NodeStorageInstance,
  params: unknown,
): Promise<StartupWriteAnswer> {
  const parsed = startupParamsSchema.safeParse(params);
  if (!parsed.success || !STARTUP_CONTEXTS.includes(parsed.data[1])) {
    throw refusal('only the registration RxDB does while opening a database is accepted');
  }
  const [rows, context] = parsed.data;
  const ids = rows.map((row) => row.document.id);
  const found = (await internalStore.findDocumentsById(
    ids,
    false,
  )) as unknown as InternalDocument[];
  const byId = new Map(found.map((document) => [document.id, document]));
  const rawRows = (params as unknown[])[0] as unknown[];
  const error = rows.map((row, index) => {
    const existing = byId.get(row.document.id);
    if (!existing || existing.context !== row.document.context) {
      throw refusal(
        `"${row.document.id}" is not registered on the node, so this window cannot create it`,
      );
    }
    return {
      status: 409,
      isError: true,
      documentId: row.document.id,
      writeRow: rawRows[index],
      documentInDb: existing,
      context,
    };
  });
  return { error };
}

function refusal(reason: string): RemoteStorageRefusedError {
  return new RemoteStorageRefusedError(
    `Write to the node's internal store refused: ${reason}. Data changes go through Lantern commands.`,
  );
}
