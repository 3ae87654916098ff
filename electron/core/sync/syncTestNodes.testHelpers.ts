import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRevision, normalizeMangoQuery, prepareQuery, type RxStorage } from 'rxdb';
import { storedForm } from '../../../shared/store/kindWrites.ts';
import { isMutableKind, type KindName } from '../../../shared/store/kinds.ts';
import {
  COLLECTION_NAMES,
  collectionOfKind,
  storedInRecords,
  type CollectionName,
} from '../../../shared/store/layout.ts';
import { recordId, type RecordEnvelope } from '../../../shared/store/records.ts';
import {
  stampFieldClocks,
  latestClock,
  type FieldClocks,
} from '../../../shared/sync/fieldClocks.ts';
import { mergeRuleFor } from '../../../shared/sync/mergeRules.ts';
import { decodeHlc, HybridLogicalClock } from '../../../shared/time/hlc.ts';
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
  /** Write a document of a kind, stamping its clocks like the executor does. */
  write(kind: KindName, doc: Doc): Promise<void>;
  /** A kind's document with its `fieldClocks` (out of its record envelope when stored in `records`). */
  get(kind: KindName, id: string): Promise<Doc | undefined>;
  /** Every document of a kind, by id. */
  all(kind: KindName): Promise<Doc[]>;
  /** Every stored document of a physical collection (envelopes for `records`), by primary key. */
  stored(collection: CollectionName): Promise<Doc[]>;
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
  const endpoint = new MasterEndpoint({
    instances,
    onRejected: (r) => rejections.push(r),
    acceptance: () => ({ ownNodeId: nodeId, now: Date.now() }),
  });
  const clock = new HybridLogicalClock(nodeId, () => Date.now() + (options.skewMs ?? 0));
  const instance = (collection: CollectionName) => {
    const found = instances.get(collection);
    if (!found) throw new Error(`no instance for ${collection}`);
    return found;
  };
  const primaryOf = (kind: KindName, id: string) =>
    storedInRecords(kind) ? recordId(kind, id) : id;
  /** The kind's document with its clocks, as the old per-kind collections stored it. */
  const docState = (kind: KindName, stored: Doc): Doc => {
    const state = toDocState(stored);
    if (!storedInRecords(kind)) return state;
    const { body, fieldClocks, _deleted } = state as unknown as RecordEnvelope & {
      _deleted?: boolean;
    };
    return { ...body, ...(fieldClocks ? { fieldClocks } : {}), ...(_deleted ? { _deleted } : {}) };
  };
  const get = async (kind: KindName, id: string) => {
    const [doc] = await instance(collectionOfKind(kind)).findDocumentsById(
      [primaryOf(kind, id)],
      false,
    );
    return doc ? docState(kind, doc as Doc) : undefined;
  };
  const query = async (collection: CollectionName, selector: Doc, sortField: string) => {
    const schema = instance(collection).schema;
    const result = await instance(collection).query(
      prepareQuery(
        schema,
        normalizeMangoQuery(schema, { selector, sort: [{ [sortField]: 'asc' }] } as never),
      ),
    );
    return result.documents as Doc[];
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
    async all(kind) {
      const collection = collectionOfKind(kind);
      const documents = storedInRecords(kind)
        ? await query(collection, { kind }, 'id')
        : await query(collection, {}, 'id');
      return documents.map((doc) => docState(kind, doc));
    },
    async stored(collection) {
      const primary = collection === 'records' ? 'rid' : 'id';
      return (await query(collection, {}, primary)).map((doc) => toDocState(doc));
    },
    async write(kind, doc) {
      const collection = collectionOfKind(kind);
      const [previous] = await instance(collection).findDocumentsById(
        [primaryOf(kind, doc.id as string)],
        true,
      );
      const prior = previous ? docState(kind, previous as Doc) : undefined;
      const clockSeen = prior ? latestClock(prior) : undefined;
      if (clockSeen) clock.receive(clockSeen);
      const stamp = clock.tick();
      const { fieldClocks: _given, ...content } = doc;
      void _given;
      // An entry is this node's, at its clock's time, as a command would write it.
      const authored =
        typeof content.nodeId === 'string' && typeof content.at === 'string'
          ? { nodeId, at: new Date(decodeHlc(stamp).wallMs).toISOString() }
          : {};
      const next: Doc = { ...content, ...authored, hlc: stamp };
      const fieldClocks: FieldClocks | undefined = isMutableKind(kind)
        ? stampFieldClocks(prior, next, stamp, 'id', mergeRuleFor(kind))
        : undefined;
      const result = await instance(collection).bulkWrite(
        [
          {
            ...(previous ? { previous } : {}),
            document: {
              ...storedForm({ kind, document: next, ...(fieldClocks ? { fieldClocks } : {}) }),
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
      pulledUpTo: () => undefined,
      heard: () => undefined,
      acceptance: () => ({ ownNodeId: nodeId, now: Date.now() }),
      violated: (peer, collection, id, reason) =>
        logs.push(`violation by ${peer.nodeId}: ${collection}/${id}: ${reason}`),
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
