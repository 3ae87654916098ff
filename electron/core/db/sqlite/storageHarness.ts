import { afterEach, beforeEach } from 'vitest';
import type { RxStorage, RxStorageInstance } from 'rxdb';
import { getRxStorageSqlite } from './index.ts';
import { createIncidentInstance, temporaryDataDir } from './testSupport.ts';
import type { IncidentRecord } from './testSupport.ts';

/** Test-only: a fresh data folder per test and every opened instance closed afterwards. */
export type IncidentInstance = RxStorageInstance<IncidentRecord, unknown, unknown>;

export type StorageHarness = {
  readonly dataDir: string;
  readonly storage: RxStorage<unknown, unknown>;
  /** Opens the incidents collection of database 'contract' unless told otherwise. */
  openInstance(names?: {
    databaseName?: string;
    collectionName?: string;
  }): Promise<IncidentInstance>;
  /** Closes the instance after the test. */
  track(instance: IncidentInstance): IncidentInstance;
};

export function useStorageHarness(): StorageHarness {
  let dataDir = '';
  let removeDataDir = (): void => undefined;
  let storage: RxStorage<unknown, unknown> | undefined;
  const open: IncidentInstance[] = [];
  beforeEach(() => {
    ({ dataDir, removeDataDir } = temporaryDataDir());
    storage = getRxStorageSqlite({ dataDir }) as RxStorage<unknown, unknown>;
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((instance) => instance.close()));
    removeDataDir();
  });
  const harness: StorageHarness = {
    get dataDir() {
      return dataDir;
    },
    get storage() {
      if (!storage) throw new Error('the storage harness is used outside a test');
      return storage;
    },
    track(instance) {
      open.push(instance);
      return instance;
    },
    async openInstance(names = {}) {
      return harness.track(
        await createIncidentInstance(harness.storage, { databaseName: 'contract', ...names }),
      );
    },
  };
  return harness;
}
