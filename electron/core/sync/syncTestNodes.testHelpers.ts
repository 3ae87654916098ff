import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRevision, normalizeMangoQuery, prepareQuery, type RxStorage } from 'rxdb';
import {
  COLLECTION_NAMES,
  isMutableCollection,
  type CollectionName,
} from '../../../shared/schema/collections.ts';
import { stampFieldClocks, latestClock } from '../../../shared/sync/fieldClocks.ts';
import { mergeRuleFor } from '../../../shared/sync/mergeRules.ts';
import { HybridLogicalClock } from '../../../shared/time/hlc.ts';
import { getRxStorageSqlite } from '../db/sqlite/index.ts';
import { MasterEndpoint, toDocState, type Doc, type Rejection } from './masterEndpoint.ts';
import { runForks, serveMaster, type SessionHooks } from './peerSessions.ts';
import type { PeerIdentity, SyncChannel } from './syncProtocol.ts';
import { openBareInstances, syncStoreFor, type SyncStore } from './syncStore.ts';

/**
 * In-process sync tests: nodes made of bare SQLite storage instances (no
 * RxDatabase, so several fit under RxDB's open-collection limit), joined by
 * an in-memory channel that serialises every frame as JSON like the wire.
 */
export interface BareNode {
  nodeId: string;
  store: SyncStore;
  endpoint: MasterEndpoint;
  rejections: Rejection[];
  logs: string[];
  clock: HybridLogicalClock;
  write(collection: CollectionName, doc: Doc): Promise<void>;
  get(collection: CollectionName, id: string): Promise<Doc | undefined>;
  all(collection: CollectionName): Promise<Doc[]>;
  hooks: SessionHooks;
}

export async function createBareNode(
  nodeId: string,
  options: { skewMs?: number; dataDir?: string } = {},
): Promise<BareNode & { close(): Promise<void>; dataDir: string }> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'lantern-sync-'));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- storage internals
  const storage = getRxStorageSqlite({ dataDir }) as RxStorage<any, any>;
  const instances = await openBareInstances(storage, 'lantern');
  const store = syncStoreFor(storage, 'lantern', instances, true);
  const rejections: Rejection[] = [];
  const logs: string[] = [];
  const endpoint = new MasterEndpoint({ instances, onRejected: (r) => rejections.push(r) });
  const clock = new HybridLogicalClock(nodeId, () => Date.now() + (options.skewMs ?? 0));
  const instance = (collection: CollectionName) => {
    const found = instances.get(collection);
    if (!found) throw new Error(`no instance for ${collection}`);
    return found;
  };
  const get = async (collection: CollectionName, id: string) => {
    const [doc] = await instance(collection).findDocumentsById([id], false);
    return doc ? toDocState(doc as Doc) : undefined;
  };
  return {
    nodeId,
    dataDir,
    store,
    endpoint,
    rejections,
    logs,
    clock,
    get,
    async all(collection) {
      const schema = instance(collection).schema;
      const result = await instance(collection).query(
        prepareQuery(schema, normalizeMangoQuery(schema, { selector: {}, sort: [{ id: 'asc' }] })),
      );
      return result.documents.map((doc) => toDocState(doc as Doc));
    },
    async write(collection, doc) {
      const [previous] = await instance(collection).findDocumentsById([doc.id as string], true);
      const prior = previous ? toDocState(previous as Doc) : undefined;
      const clockSeen = prior ? latestClock(prior) : undefined;
      if (clockSeen) clock.receive(clockSeen);
      const stamp = clock.tick();
      const next: Doc = { ...doc, hlc: stamp };
      if (isMutableCollection(collection))
        next.fieldClocks = stampFieldClocks(prior, next, stamp, 'id', mergeRuleFor(collection));
      const result = await instance(collection).bulkWrite(
        [
          {
            ...(previous ? { previous } : {}),
            document: {
              ...next,
              _deleted: false,
              _attachments: {},
              _meta: { lwt: Date.now() },
              _rev: createRevision('test', previous as never),
            },
          } as never,
        ],
        'test-local-write',
      );
      if (result.error.length > 0) throw new Error(JSON.stringify(result.error[0]));
    },
    hooks: {
      log: (message) => logs.push(message),
      acknowledged: () => undefined,
      heard: () => undefined,
    },
    async close() {
      await store.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Two linked in-memory channels; every frame goes through JSON like on the wire. */
export function memoryChannelPair(a: PeerIdentity, b: PeerIdentity): [SyncChannel, SyncChannel] {
  type End = { handlers: ((m: unknown) => void)[]; closers: (() => void)[]; closed: boolean };
  const ends: [End, End] = [
    { handlers: [], closers: [], closed: false },
    { handlers: [], closers: [], closed: false },
  ];
  const closeBoth = () => {
    for (const end of ends) {
      if (end.closed) continue;
      end.closed = true;
      for (const closer of end.closers) closer();
    }
  };
  const make = (self: End, other: End, peer: PeerIdentity): SyncChannel => ({
    peer,
    send(message) {
      if (self.closed) return;
      const frame = JSON.stringify(message);
      setImmediate(() => {
        if (other.closed) return;
        for (const handler of other.handlers) handler(JSON.parse(frame));
      });
    },
    onMessage: (handler) => void self.handlers.push(handler),
    onClose: (handler) => void self.closers.push(handler),
    close: () => closeBoth(),
  });
  return [make(ends[0], ends[1], b), make(ends[1], ends[0], a)];
}

const identity = (node: { nodeId: string }): PeerIdentity => ({
  nodeId: node.nodeId,
  name: node.nodeId,
  address: 'memory',
});

/** `dialer` replicates with `listener` as the master; returns the connection's close. */
export async function connect(dialer: BareNode, listener: BareNode) {
  const [dialerEnd, listenerEnd] = memoryChannelPair(identity(dialer), identity(listener));
  serveMaster(listenerEnd, listener.endpoint, COLLECTION_NAMES, listener.hooks);
  const forks = await runForks(dialerEnd, dialer.store, COLLECTION_NAMES, dialer.hooks);
  return {
    forks,
    async disconnect() {
      await forks.cancel();
      listenerEnd.close('test');
    },
  };
}

/** Wait until `check` holds, polling; fails with the last value after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
