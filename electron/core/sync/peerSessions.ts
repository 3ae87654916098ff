import { createHash } from 'node:crypto';
import {
  cancelRxStorageReplication,
  replicateRxStorageInstance,
  type RxReplicationHandler,
  type RxStorageInstanceReplicationState,
} from 'rxdb';
import { Subject, type Subscription } from 'rxjs';
import type { CollectionName } from '../../../shared/store/layout.ts';
import { latestClock, sameDocument } from '../../../shared/sync/fieldClocks.ts';
import type {
  AnyStorageInstance,
  Doc,
  MasterEndpoint,
  StorageCheckpoint,
} from './masterEndpoint.ts';
import { documentProblem, primaryPathOf } from './syncDocuments.ts';
import { isOwnHistory, peerViolation, type AcceptanceContext } from './peerAcceptance.ts';
import { conflictHandlerFor } from '../../../shared/store/collectionConflicts.ts';
import {
  clientMessage,
  MAX_BATCH,
  serverMessage,
  type ClientMessage,
  type PeerIdentity,
  type SyncChannel,
} from './syncProtocol.ts';

export interface SessionHooks {
  log(message: string): void;
  /** The peer now holds this version of a document (it pushed or stored it). */
  acknowledged(peerNodeId: string, collection: CollectionName, doc: Doc): void;
  /**
   * The peer asked for changes after this checkpoint: it has stored every
   * document up to it (RxDB saves a fork's checkpoint only after storing
   * what it pulled), even if it died before acknowledging them one by one.
   */
  pulledUpTo(
    peerNodeId: string,
    collection: CollectionName,
    checkpoint: { id: string; lwt: number },
  ): void;
  /** Anything was received from the peer. */
  heard(peerNodeId: string): void;
  /** What a peer may write here (peerAcceptance.ts). */
  acceptance(): AcceptanceContext;
  /** The peer sent what it may not write: quarantine it. */
  violated(peer: PeerIdentity, collection: CollectionName, id: string, reason: string): void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The listening side: answer pulls and pushes from one peer and stream every
 * change to it. A frame that does not parse closes the connection; a
 * document that does not validate is refused and logged.
 */
export function serveMaster(
  channel: SyncChannel,
  endpoint: MasterEndpoint,
  collections: readonly CollectionName[],
  hooks: SessionHooks,
): () => void {
  const peer = channel.peer;
  const subscriptions: Subscription[] = collections.map((collection) =>
    endpoint.changes(collection).subscribe(({ documents, checkpoint }) => {
      for (let i = 0; i < documents.length; i += MAX_BATCH)
        channel.send({
          t: 'stream',
          c: collection,
          documents: documents.slice(i, i + MAX_BATCH),
          checkpoint,
        });
    }),
  );
  channel.onMessage((raw) => {
    hooks.heard(peer.nodeId);
    const parsed = clientMessage.safeParse(raw);
    if (!parsed.success) {
      hooks.log(
        `sync: refused a malformed message from ${peer.name} (${peer.address}): ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
      channel.close('malformed message');
      return;
    }
    void handle(parsed.data);
  });
  channel.onClose(() => subscriptions.forEach((s) => s.unsubscribe()));

  async function handle(message: ClientMessage): Promise<void> {
    const collection = message.c as CollectionName;
    try {
      if (message.t === 'pull') {
        if (message.checkpoint) hooks.pulledUpTo(peer.nodeId, collection, message.checkpoint);
        const result = await endpoint.changesSince(
          collection,
          message.checkpoint ?? undefined,
          message.limit,
        );
        channel.send({
          t: 'result',
          id: message.id,
          documents: result.documents,
          checkpoint: result.checkpoint ?? null,
        });
      } else if (message.t === 'push') {
        const conflicts = await endpoint.write(collection, message.rows, { peer });
        const conflicted = new Set(
          conflicts.map((doc) => doc[primaryPathOf(endpoint.instance(collection).schema)]),
        );
        for (const row of message.rows)
          if (
            !conflicted.has(
              row.newDocumentState[primaryPathOf(endpoint.instance(collection).schema)],
            )
          )
            hooks.acknowledged(peer.nodeId, collection, row.newDocumentState);
        channel.send({ t: 'conflicts', id: message.id, documents: conflicts });
      } else {
        for (const doc of message.docs)
          hooks.acknowledged(peer.nodeId, collection, { id: doc.id, hlc: doc.clock });
      }
    } catch (error) {
      hooks.log(`sync: ${message.t} of ${collection} from ${peer.name} failed: ${describe(error)}`);
      if (message.t !== 'ack')
        channel.send({ t: 'error', id: message.id, message: 'request failed' });
    }
  }

  return () => subscriptions.forEach((s) => s.unsubscribe());
}

export interface ForkStore {
  instances: Map<CollectionName, AnyStorageInstance>;
  metaInstance(collection: CollectionName, peerNodeId: string): Promise<AnyStorageInstance>;
}

const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The dialling side: one RxDB replication (replicateRxStorageInstance) per
 * collection, this node's storage as the fork and the peer as the master,
 * with the per-field merge as conflict handler. Returns a function that
 * cancels them (the connection closed).
 */
export async function runForks(
  channel: SyncChannel,
  store: ForkStore,
  collections: readonly CollectionName[],
  hooks: SessionHooks,
): Promise<{ states: RxStorageInstanceReplicationState<Doc>[]; cancel: () => Promise<void> }> {
  const peer = channel.peer;
  let nextId = 1;
  const pending = new Map<number, { resolve: (m: unknown) => void; timer: NodeJS.Timeout }>();
  const streams = new Map<
    CollectionName,
    Subject<{ documents: Doc[]; checkpoint: StorageCheckpoint }>
  >();
  let closed = false;

  const fail = (reason: string) => {
    if (closed) return;
    closed = true;
    // Requests in flight never settle: RxDB's replication does not catch every
    // rejection (an unhandled one would end the node), and the replication is
    // cancelled and dropped with the connection anyway.
    for (const { timer } of pending.values()) clearTimeout(timer);
    pending.clear();
    channel.close(reason);
  };
  channel.onClose(() => fail('connection closed'));
  channel.onMessage((raw) => {
    hooks.heard(peer.nodeId);
    const parsed = serverMessage.safeParse(raw);
    if (!parsed.success) {
      hooks.log(
        `sync: refused a malformed message from ${peer.name}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      );
      fail('malformed message');
      return;
    }
    const message = parsed.data;
    if (message.t === 'stream') {
      streams.get(message.c as CollectionName)?.next({
        documents: validDocuments(message.c as CollectionName, message.documents),
        checkpoint: message.checkpoint,
      });
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    clearTimeout(waiting.timer);
    if (message.t === 'error') {
      hooks.log(`sync: ${peer.name} could not answer a request: ${message.message}`);
      fail('request failed');
    } else waiting.resolve(message);
  });

  function validDocuments(collection: CollectionName, documents: Doc[]): Doc[] {
    const context = hooks.acceptance();
    const idPath = primaryPathOf(store.instances.get(collection)?.schema ?? { primaryKey: 'id' });
    return documents.filter((doc) => {
      const problem = documentProblem(collection, doc);
      if (problem) {
        hooks.log(`sync: dropped a ${collection} document from ${peer.name}: ${problem}`);
        return false;
      }
      // This node's own entries coming back are already here (and a forged one must not land).
      if (isOwnHistory(collection, doc, context.ownNodeId)) return false;
      const violation = peerViolation(collection, doc, context);
      if (violation) hooks.violated(peer, collection, String(doc[idPath]), violation);
      return !violation;
    });
  }

  type Request =
    | Omit<Extract<ClientMessage, { t: 'pull' }>, 'id'>
    | Omit<Extract<ClientMessage, { t: 'push' }>, 'id'>;
  function request<T>(message: Request): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve) => {
      if (closed) return;
      const timer = setTimeout(() => {
        pending.delete(id);
        fail('request timed out');
      }, REQUEST_TIMEOUT_MS);
      pending.set(id, { resolve: resolve as (m: unknown) => void, timer });
      channel.send({ ...message, id } as ClientMessage);
    });
  }

  const states: RxStorageInstanceReplicationState<Doc>[] = [];
  const subscriptions: Subscription[] = [];
  for (const collection of collections) {
    const stream = new Subject<{ documents: Doc[]; checkpoint: StorageCheckpoint }>();
    streams.set(collection, stream);
    const handler: RxReplicationHandler<Doc, StorageCheckpoint> = {
      masterChangeStream$: stream.asObservable() as RxReplicationHandler<
        Doc,
        StorageCheckpoint
      >['masterChangeStream$'],
      async masterChangesSince(checkpoint, batchSize) {
        const result = await request<{ documents: Doc[]; checkpoint: StorageCheckpoint | null }>({
          t: 'pull',
          c: collection,
          checkpoint: checkpoint ?? null,
          limit: Math.min(batchSize, MAX_BATCH),
        });
        return {
          documents: validDocuments(collection, result.documents) as never,
          checkpoint: result.checkpoint ?? checkpoint,
        };
      },
      async masterWrite(rows) {
        const result = await request<{ documents: Doc[] }>({
          t: 'push',
          c: collection,
          rows: rows as never,
        });
        return validDocuments(collection, result.documents) as never;
      },
    };
    const forkInstance = store.instances.get(collection);
    if (!forkInstance) continue;
    const state = replicateRxStorageInstance<Doc>({
      identifier: `lantern-sync-${peer.nodeId}-${collection}`,
      replicationHandler: handler,
      forkInstance,
      metaInstance: await store.metaInstance(collection, peer.nodeId),
      pullBatchSize: MAX_BATCH,
      pushBatchSize: 200,
      conflictHandler: conflictHandlerFor(collection),
      hashFunction: (input) =>
        Promise.resolve(
          createHash('sha256')
            .update(typeof input === 'string' ? input : String(input))
            .digest('hex'),
        ),
      skipStoringPullMeta: false,
    });
    subscriptions.push(
      state.events.processed.up.subscribe((row) =>
        hooks.acknowledged(peer.nodeId, collection, row.newDocumentState as Doc),
      ),
      state.events.processed.down.subscribe((row) => {
        const doc = row.document as Doc;
        const clock = latestClock(doc);
        if (clock && !closed)
          channel.send({
            t: 'ack',
            c: collection,
            docs: [{ id: String(doc[primaryPathOf(forkInstance.schema)]), clock }],
          });
      }),
      // A conflict resolved here stores the master's merged version: tell the master.
      state.events.resolvedConflicts.subscribe(({ input, output }) => {
        const doc = output as Doc;
        // The master already holds this merge of its version and ours, so it has our change.
        if (sameDocument(doc, input.realMasterState as Doc))
          hooks.acknowledged(peer.nodeId, collection, doc);
        const clock = latestClock(doc);
        if (clock && !closed)
          channel.send({
            t: 'ack',
            c: collection,
            docs: [{ id: String(doc[primaryPathOf(forkInstance.schema)]), clock }],
          });
      }),
      state.events.error.subscribe((error) => {
        hooks.log(
          `sync: replication of ${collection} with ${peer.name} failed: ${describe(error)}`,
        );
        fail('replication error');
      }),
    );
    states.push(state);
  }
  return {
    states,
    cancel: async () => {
      fail('stopped');
      subscriptions.forEach((s) => s.unsubscribe());
      for (const stream of streams.values()) stream.complete();
      await Promise.all(states.map((state) => cancelRxStorageReplication(state)));
    },
  };
}
