import { Subject } from 'rxjs';
import { deepEqual, stripAllAttachmentDataForComparison } from 'rxdb';
import type {
  RxCollection,
  RxReplicationPullStreamItem,
  RxReplicationWriteToMasterRow,
  WithDeleted,
} from 'rxdb';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import type { RxReplicationState } from 'rxdb/plugins/replication';

/**
 * Test-only replication backend: an in-memory "server" with checkpointed
 * pulls, conflict-checked pushes and a live stream, so RxDB's replication
 * protocol runs against collections stored in SQLite.
 */
type ServerCheckpoint = { sequence: number };
type Stored = { doc: WithDeleted<Record<string, unknown>>; sequence: number };

export type ReplicationTestServer = {
  replicate(
    collection: RxCollection,
    live: boolean,
  ): RxReplicationState<Record<string, unknown>, ServerCheckpoint>;
  allDocs(): WithDeleted<Record<string, unknown>>[];
  clear(): void;
};

export function createReplicationTestServer(primaryPath: string): ReplicationTestServer {
  const docs = new Map<string, Stored>();
  const stream = new Subject<
    RxReplicationPullStreamItem<Record<string, unknown>, ServerCheckpoint>
  >();
  let sequence = 0;

  function push(
    rows: RxReplicationWriteToMasterRow<Record<string, unknown>>[],
  ): WithDeleted<Record<string, unknown>>[] {
    const conflicts: WithDeleted<Record<string, unknown>>[] = [];
    const written: WithDeleted<Record<string, unknown>>[] = [];
    for (const row of rows) {
      const id = row.newDocumentState[primaryPath] as string;
      const current = docs.get(id);
      // Attachment bodies are Blobs: compare the stubs (digest, length, type).
      const assumed =
        row.assumedMasterState && stripAllAttachmentDataForComparison(row.assumedMasterState);
      if (current && !deepEqual(stripAllAttachmentDataForComparison(current.doc), assumed)) {
        conflicts.push(current.doc);
        continue;
      }
      docs.set(id, { doc: row.newDocumentState, sequence: ++sequence });
      written.push(row.newDocumentState);
    }
    if (written.length > 0) {
      stream.next({ documents: written, checkpoint: { sequence } });
    }
    return conflicts;
  }

  function pull(checkpoint: ServerCheckpoint | undefined, batchSize: number) {
    const since = checkpoint?.sequence ?? 0;
    const batch = [...docs.values()]
      .filter((stored) => stored.sequence > since)
      .sort((a, b) => a.sequence - b.sequence)
      .slice(0, batchSize);
    const last = batch[batch.length - 1];
    return {
      documents: batch.map((stored) => stored.doc),
      checkpoint: last ? { sequence: last.sequence } : { sequence: since },
    };
  }

  return {
    replicate: (collection, live) =>
      replicateRxCollection<Record<string, unknown>, ServerCheckpoint>({
        replicationIdentifier: 'lantern-test-server',
        collection: collection as RxCollection<Record<string, unknown>>,
        live,
        waitForLeadership: false,
        retryTime: 50,
        pull: {
          handler: async (checkpoint, batchSize) => pull(checkpoint, batchSize),
          stream$: stream.asObservable(),
        },
        push: { handler: async (rows) => push(rows) },
      }),
    allDocs: () => [...docs.values()].map((stored) => stored.doc),
    clear: () => {
      docs.clear();
      stream.next('RESYNC');
    },
  };
}
