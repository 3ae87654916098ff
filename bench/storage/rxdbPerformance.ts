import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { PerformanceTestConfig } from 'rxdb/plugins/test-utils';
import { getRxStorageSqlite } from '../../electron/core/db/sqlite/index.ts';
import { loadRxdbTestUtils } from '../../electron/core/db/sqlite/rxdbTestUtils.ts';

/** RxDB's own storage benchmark, one storage after the other in this process. */
export type StorageTimes = Record<string, number>;

export const STORAGE_NAMES = ['memory', 'sqlite', 'dexie (fake-indexeddb)'] as const;
export type StorageName = (typeof STORAGE_NAMES)[number];

export function performanceConfig(quick: boolean): PerformanceTestConfig {
  return quick
    ? {
        runs: 3,
        collectionsAmount: 2,
        docsAmount: 1200,
        serialDocsAmount: 20,
        waitBetweenTests: 0,
        log: false,
      }
    : {
        runs: 12,
        collectionsAmount: 4,
        docsAmount: 3000,
        serialDocsAmount: 50,
        waitBetweenTests: 20,
        log: false,
      };
}

export async function runRxdbBenchmark(quick: boolean): Promise<Record<StorageName, StorageTimes>> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lantern-bench-rxdb-'));
  const storages: Record<StorageName, RxStorage<unknown, unknown>> = {
    memory: getRxStorageMemory() as RxStorage<unknown, unknown>,
    sqlite: getRxStorageSqlite({ dataDir }) as RxStorage<unknown, unknown>,
    'dexie (fake-indexeddb)': getRxStorageDexie({ indexedDB, IDBKeyRange }) as RxStorage<
      unknown,
      unknown
    >,
  };
  const results = {} as Record<StorageName, StorageTimes>;
  const { runPerformanceTests } = await loadRxdbTestUtils();
  try {
    for (const name of STORAGE_NAMES) {
      process.stdout.write(`  rxdb benchmark: ${name} ...\n`);
      const result = await runPerformanceTests(storages[name], name, performanceConfig(quick));
      results[name] = timesOf(result);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

function timesOf(result: Record<string, number | string>): StorageTimes {
  const times: StorageTimes = {};
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === 'number' && key !== 'collectionsAmount' && key !== 'docsAmount') {
      times[key] = value;
    }
  }
  return times;
}
