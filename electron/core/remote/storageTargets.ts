// Maps a client's `create` call onto a storage instance the node already
// has open. Clients can only reach what exists: naming a new database,
// collection or schema never creates anything.
import { z } from 'zod';
import { deepEqual, INTERNAL_STORAGE_NAME, RXDB_VERSION } from 'rxdb';
import type { RxStorageInstance } from 'rxdb';
import {
  RemoteStorageMessageError,
  RemoteStorageUnknownTargetError,
} from './remoteStorageErrors.ts';

export type NodeStorageInstance = RxStorageInstance<unknown, unknown, unknown, unknown>;

/**
 * The parts of an RxDatabase the server uses. Any RxDatabase fits, whatever
 * its collections type, so callers need no cast.
 */
export type ServedDatabase = {
  readonly name: string;
  readonly internalStore: object;
  readonly collections: object;
  readonly onClose: (() => unknown)[];
};

export type StorageTarget = {
  collectionName: string;
  instance: NodeStorageInstance;
  isInternalStore: boolean;
};

const createParamsSchema = z.object({
  databaseName: z.string().min(1).max(200),
  collectionName: z.string().min(1).max(200),
  schema: z.record(z.string(), z.unknown()),
});

// The node's schemas as they look after a JSON round trip, which is what
// a client sends (undefined-valued keys disappear on the way).
const wireSchemaByInstance = new WeakMap<NodeStorageInstance, unknown>();

export function resolveStorageTarget(
  database: ServedDatabase,
  version: string,
  params: unknown,
): StorageTarget {
  if (version !== RXDB_VERSION) {
    throw new RemoteStorageUnknownTargetError(
      `This window runs RxDB ${version} but the Lantern node runs ${RXDB_VERSION}; reload the window or update Lantern on this device.`,
    );
  }
  const parsed = createParamsSchema.safeParse(params);
  if (!parsed.success) {
    throw new RemoteStorageMessageError(
      'A create call needs databaseName, collectionName and schema.',
    );
  }
  const { databaseName, collectionName, schema } = parsed.data;
  if (databaseName !== database.name) {
    throw new RemoteStorageUnknownTargetError(
      `Database "${databaseName}" is not served by this Lantern node (it serves "${database.name}"); check which workspace this window opened.`,
    );
  }
  const target = findInstance(database, collectionName);
  if (!deepEqual(schema, wireSchema(target.instance))) {
    throw new RemoteStorageUnknownTargetError(
      `The schema of "${collectionName}" in this window differs from the node's; reload the window so both run the same Lantern version.`,
    );
  }
  return target;
}

function findInstance(database: ServedDatabase, collectionName: string): StorageTarget {
  if (collectionName === INTERNAL_STORAGE_NAME) {
    return {
      collectionName,
      instance: database.internalStore as unknown as NodeStorageInstance,
      isInternalStore: true,
    };
  }
  const collections = database.collections as Record<
    string,
    { storageInstance: unknown } | undefined
  >;
  const collection = Object.hasOwn(collections, collectionName)
    ? collections[collectionName]
    : undefined;
  if (!collection) {
    throw new RemoteStorageUnknownTargetError(
      `Collection "${collectionName}" does not exist on this Lantern node; update the node or reload the window.`,
    );
  }
  return {
    collectionName,
    instance: collection.storageInstance as NodeStorageInstance,
    isInternalStore: false,
  };
}

function wireSchema(instance: NodeStorageInstance): unknown {
  let cached = wireSchemaByInstance.get(instance);
  if (cached === undefined) {
    cached = JSON.parse(JSON.stringify(instance.schema)) as unknown;
    wireSchemaByInstance.set(instance, cached);
  }
  return cached;
}
