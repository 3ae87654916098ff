// After a reconnect, the node's changeStream resumes but whatever changed
// while the link was down was never pushed. We ask for every document
// changed since the last checkpoint this window saw and replay them as
// change events, so reactive queries catch up instead of staying stale.
import { getPrimaryFieldOfPrimaryKey, randomToken } from 'rxdb';
import type { RxJsonSchema } from 'rxdb';
import type { MessageFromRemote, MessageToRemote } from 'rxdb/plugins/storage-remote';

const PAGE_SIZE = 500;

/** A storage instance RxDB opened through the channel. */
export type OpenedInstance = {
  create: MessageToRemote;
  acknowledged: boolean;
  /** Newest checkpoint seen from the node: undefined = unknown (no catch-up), null = from the start. */
  checkpoint: unknown;
  collectionName: string;
};

export type InternalRequest = (
  method: MessageToRemote['method'],
  connectionId: string,
  params: unknown,
) => Promise<MessageFromRemote>;

type ChangedDocument = Record<string, unknown> & { _deleted?: boolean };

export async function resyncMissedChanges(
  instance: OpenedInstance,
  request: InternalRequest,
  emit: (message: MessageFromRemote) => void,
): Promise<void> {
  if (instance.checkpoint === undefined) return;
  const connectionId = instance.create.connectionId;
  const primaryPath = primaryPathOf(instance.create);
  let checkpoint: unknown = instance.checkpoint;
  for (;;) {
    const answer = await request('getChangedDocumentsSince', connectionId, [PAGE_SIZE, checkpoint]);
    if (answer.error)
      throw new Error(`Catching up on ${instance.collectionName} failed: ${answer.error.message}`);
    const page = answer.return as { documents: ChangedDocument[]; checkpoint: unknown };
    if (page.documents.length === 0) return;
    checkpoint = page.checkpoint;
    instance.checkpoint = checkpoint;
    emit(replayBulk(connectionId, primaryPath, page.documents, checkpoint));
    if (page.documents.length < PAGE_SIZE) return;
  }
}

function replayBulk(
  connectionId: string,
  primaryPath: string,
  documents: ChangedDocument[],
  checkpoint: unknown,
): MessageFromRemote {
  // The state before the gap is unknown: updates carry no previous data
  // (RxDB treats that as "unknown" and re-evaluates), deletes carry the
  // deleted document so queries holding it drop it.
  const events = documents.map((document) => ({
    documentId: String(document[primaryPath]),
    operation: document._deleted ? 'DELETE' : 'UPDATE',
    documentData: document,
    previousDocumentData: document._deleted ? document : undefined,
  }));
  return {
    connectionId,
    answerTo: 'changestream',
    method: 'changeStream',
    return: {
      id: `lantern-resync-${randomToken(10)}`,
      events,
      checkpoint,
      context: 'lantern-resync',
    },
  };
}

function primaryPathOf(create: MessageToRemote): string {
  const schema = (create.params as { schema: RxJsonSchema<unknown> }).schema;
  return getPrimaryFieldOfPrimaryKey(schema.primaryKey) as string;
}
