import {
  fillWithDefaultSettings,
  getRxReplicationMetaInstanceSchema,
  randomToken,
  type RxStorage,
} from 'rxdb';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import {
  COLLECTION_NAMES,
  collectionSchema,
  type CollectionName,
} from '../../../shared/store/layout.ts';
import type { AnyStorageInstance } from './masterEndpoint.ts';
import type { ForkStore } from './peerSessions.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- storage internals differ per storage
type AnyStorage = RxStorage<any, any>;

/**
 * The storage the sync layer works on: one storage instance per collection
 * (the node's own RxCollections' instances, or bare instances in tests) and
 * one replication-meta instance per collection and peer, where RxDB keeps
 * the checkpoint and what it last knew of the peer's documents.
 */
export interface SyncStore extends ForkStore {
  close(): Promise<void>;
}

export function syncStoreFor(
  storage: AnyStorage,
  databaseName: string,
  instances: Map<CollectionName, AnyStorageInstance>,
  ownsInstances = false,
): SyncStore {
  const token = randomToken(10);
  const metas = new Map<string, Promise<AnyStorageInstance>>();
  return {
    instances,
    metaInstance(collection, peerNodeId) {
      const key = `${collection}\n${peerNodeId}`;
      let meta = metas.get(key);
      if (!meta) {
        const forkSchema = fillWithDefaultSettings(collectionSchema(collection));
        meta = storage.createStorageInstance({
          databaseInstanceToken: token,
          databaseName,
          collectionName: `syncmeta_${collection}_${peerNodeId.replace(/[^A-Za-z0-9]/g, '_')}`,
          schema: getRxReplicationMetaInstanceSchema(forkSchema, false),
          options: {},
          multiInstance: false,
          devMode: false,
        });
        metas.set(key, meta);
      }
      return meta;
    },
    async close() {
      const opened = await Promise.allSettled(metas.values());
      metas.clear();
      for (const result of opened) if (result.status === 'fulfilled') await result.value.close();
      if (ownsInstances) for (const instance of instances.values()) await instance.close();
    },
  };
}

/** The node's own collections. */
export function databaseInstances(
  database: LanternDatabase,
): Map<CollectionName, AnyStorageInstance> {
  return new Map(
    COLLECTION_NAMES.map((name) => [name, database[name].storageInstance as AnyStorageInstance]),
  );
}

/** Bare storage instances of every collection, without an RxDatabase (tests, benchmarks). */
export async function openBareInstances(
  storage: AnyStorage,
  databaseName: string,
): Promise<Map<CollectionName, AnyStorageInstance>> {
  const token = randomToken(10);
  const entries = await Promise.all(
    COLLECTION_NAMES.map(async (name) => {
      const instance = await storage.createStorageInstance({
        databaseInstanceToken: token,
        databaseName,
        collectionName: name,
        schema: fillWithDefaultSettings(collectionSchema(name)),
        options: {},
        multiInstance: false,
        devMode: false,
      });
      return [name, instance as AnyStorageInstance] as const;
    }),
  );
  return new Map(entries);
}
