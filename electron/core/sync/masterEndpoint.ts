import {
  getChangedDocumentsSince,
  getUnderlyingPersistentStorage,
  type BulkWriteRow,
  type RxStorageInstance,
} from 'rxdb';
import { map, type Observable } from 'rxjs';
import type { CollectionName } from '../../../shared/store/layout.ts';
import { sameDocument } from '../../../shared/sync/fieldClocks.ts';
import { documentProblem, primaryPathOf } from './syncDocuments.ts';
import { isOwnHistory, peerViolation, type AcceptanceContext } from './peerAcceptance.ts';
import type { PeerIdentity } from './syncProtocol.ts';
import {
  isAppendOnlyDocument,
  mergeStoredVersions,
} from '../../../shared/store/collectionConflicts.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- storage instances of every collection
export type AnyStorageInstance = RxStorageInstance<any, any, any, any>;
export type Doc = Record<string, unknown>;
export type StorageCheckpoint = { id: string; lwt: number };

/** Context of writes that came from a peer; local-change tracking skips them. */
export const SYNC_WRITE_CONTEXT = 'lantern-sync-master-write';

export interface PushRow {
  newDocumentState: Doc;
  assumedMasterState?: Doc;
}

export interface Rejection {
  collection: CollectionName;
  id: string;
  reason: string;
}

/** A document the sending peer may not write (peerAcceptance.ts): the peer is quarantined. */
export type Violation = Rejection & { peer: PeerIdentity };

/** Strip what never crosses the wire: revision and write time are per node. */
export function toDocState(stored: Doc): Doc {
  const { _meta: _m, _rev: _r, _attachments: _a, ...state } = stored;
  return state;
}

/**
 * This node as the master of RxDB's replication protocol for one peer: it
 * answers checkpointed pulls, streams its changes and takes pushes. Every
 * pushed document is validated (schema, clocks) before it is stored; an
 * append-only document that exists is never changed; a mutable document is
 * merged field by field with what is stored, so the master resolves
 * conflicts with the same rule as every peer, and the merged state goes back
 * to the pusher as a conflict when it differs from what was pushed.
 */
export class MasterEndpoint {
  private readonly instances: Map<CollectionName, AnyStorageInstance>;
  private readonly onRejected: (rejection: Rejection) => void;
  private readonly onViolation: (violation: Violation) => void;
  private readonly acceptance: () => AcceptanceContext;
  private readonly now: () => number;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: {
    instances: Map<CollectionName, AnyStorageInstance>;
    onRejected: (rejection: Rejection) => void;
    /** What the peer may write here; without it only shapes are checked (tests of merging). */
    acceptance?: () => AcceptanceContext;
    onViolation?: (violation: Violation) => void;
    now?: () => number;
  }) {
    this.instances = new Map(
      [...options.instances].map(([name, instance]) => [
        name,
        getUnderlyingPersistentStorage(instance),
      ]),
    );
    this.onRejected = options.onRejected;
    this.onViolation = options.onViolation ?? (() => undefined);
    this.now = options.now ?? Date.now;
    this.acceptance = options.acceptance ?? (() => ({ ownNodeId: '', now: this.now() }));
  }

  instance(collection: CollectionName): AnyStorageInstance {
    const instance = this.instances.get(collection);
    if (!instance) throw new Error(`collection ${collection} is not replicated`);
    return instance;
  }

  async changesSince(
    collection: CollectionName,
    checkpoint: StorageCheckpoint | undefined,
    limit: number,
  ): Promise<{ documents: Doc[]; checkpoint: StorageCheckpoint | undefined }> {
    const result = await getChangedDocumentsSince(this.instance(collection), limit, checkpoint);
    return {
      documents: result.documents.map((doc) => toDocState(doc as Doc)),
      checkpoint:
        result.documents.length > 0 ? (result.checkpoint as StorageCheckpoint) : checkpoint,
    };
  }

  changes(
    collection: CollectionName,
  ): Observable<{ documents: Doc[]; checkpoint: StorageCheckpoint }> {
    return this.instance(collection)
      .changeStream()
      .pipe(
        map((bulk) => ({
          documents: bulk.events.map((event) => toDocState(event.documentData as Doc)),
          checkpoint: bulk.checkpoint as StorageCheckpoint,
        })),
      );
  }

  /**
   * Writes one push; returns the conflicts (the master's state where it
   * differs from the push). A push from a peer holding anything that peer
   * may not write is refused whole and the peer reported; what the hub
   * brings (no peer) is judged document by document, and `onRejected`
   * overrides where refusals are reported (the hub reports its own).
   */
  write(
    collection: CollectionName,
    rows: PushRow[],
    from: { peer?: PeerIdentity; onRejected?: (rejection: Rejection) => void } = {},
  ): Promise<Doc[]> {
    const onRejected = from.onRejected ?? this.onRejected;
    // One write at a time per node, so a merge never races another merge.
    const run = this.queue.then(() => this.writeNow(collection, rows, from.peer, onRejected));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async writeNow(
    collection: CollectionName,
    rows: PushRow[],
    peer: PeerIdentity | undefined,
    onRejected: (rejection: Rejection) => void,
  ): Promise<Doc[]> {
    const instance = this.instance(collection);
    const primaryPath = primaryPathOf(instance.schema);
    const latestById = new Map<string, PushRow>();
    for (const row of rows) {
      const id = row.newDocumentState[primaryPath];
      const problem =
        typeof id === 'string'
          ? documentProblem(collection, row.newDocumentState, this.now())
          : 'no primary key';
      if (problem) {
        onRejected({ collection, id: String(id), reason: problem });
        continue;
      }
      latestById.set(id as string, row);
    }
    const ids = [...latestById.keys()];
    const stored = new Map(
      (await instance.findDocumentsById(ids, true)).map((doc) => [
        doc[primaryPath] as string,
        doc as Doc,
      ]),
    );
    const refused = this.refusedRows(collection, latestById, stored, peer, onRejected);
    if (peer && refused.length > 0) return [];
    for (const id of refused) latestById.delete(id);
    const conflicts: Doc[] = [];
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents of any collection
    const writes: BulkWriteRow<any>[] = [];
    for (const [id, row] of latestById) {
      const previous = stored.get(id);
      const pushed = row.newDocumentState;
      if (!previous) {
        writes.push({ document: this.writeDoc(pushed) });
        continue;
      }
      const master = toDocState(previous);
      if (isAppendOnlyDocument(collection, master)) {
        if (!sameDocument(master, pushed)) {
          onRejected({ collection, id, reason: 'append-only document may not change' });
          conflicts.push(master);
        }
        continue;
      }
      const merged = mergeStoredVersions(collection, master, pushed);
      if (!sameDocument(merged, master))
        writes.push({ previous: previous as never, document: this.writeDoc(merged, previous) });
      if (!sameDocument(merged, pushed)) conflicts.push(merged);
    }
    if (writes.length > 0) {
      const result = await instance.bulkWrite(writes, SYNC_WRITE_CONTEXT);
      for (const error of result.error) {
        // Only a concurrent local write can get here (409): hand back what is stored now.
        if (error.status === 409 && error.documentInDb)
          conflicts.push(toDocState(error.documentInDb as Doc));
        else
          onRejected({
            collection,
            id: error.documentId,
            reason: `storage refused (${error.status})`,
          });
      }
    }
    return conflicts;
  }

  /**
   * The ids of documents in the push that its sender may not write (a peer
   * so caught is reported for quarantine). What this node already holds
   * unchanged is not judged again.
   */
  private refusedRows(
    collection: CollectionName,
    rows: Map<string, PushRow>,
    stored: Map<string, Doc>,
    peer: PeerIdentity | undefined,
    onRejected: (rejection: Rejection) => void,
  ): string[] {
    const context = this.acceptance();
    const refused: string[] = [];
    for (const [id, row] of rows) {
      const previous = stored.get(id);
      const pushed = row.newDocumentState;
      if (previous && sameDocument(toDocState(previous), pushed)) continue;
      const reason = isOwnHistory(collection, pushed, context.ownNodeId)
        ? "an entry in this node's own history, which only this node writes"
        : peerViolation(collection, pushed, context);
      if (!reason) continue;
      refused.push(id);
      onRejected({ collection, id, reason });
      if (peer) this.onViolation({ collection, id, reason, peer });
    }
    return refused;
  }

  private writeDoc(state: Doc, previous?: Doc): Doc {
    const lwt = Math.max(
      this.now(),
      ((previous?._meta as { lwt?: number } | undefined)?.lwt ?? 0) + 0.01,
    );
    return {
      ...state,
      _deleted: state._deleted === true,
      _attachments: {},
      _meta: { ...((previous?._meta as object | undefined) ?? {}), lwt },
      _rev: nextRevision(previous?._rev as string | undefined),
    };
  }
}

function nextRevision(previous: string | undefined): string {
  const height = previous ? Number(previous.split('-')[0]) || 0 : 0;
  return `${height + 1}-lanternsync`;
}
