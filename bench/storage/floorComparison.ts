import { normalizeMangoQuery, prepareQuery, randomToken } from 'rxdb';
import type { MangoQuerySelector, RxStorageInstance } from 'rxdb';
import { getRxStorageSqlite } from '../../electron/core/db/sqlite/index.ts';
import { BASE_TIME, logEntries, logEntrySchema } from './benchDocuments.ts';
import type { LogEntry } from './benchDocuments.ts';
import { openRawSqlite } from './rawSqliteFloor.ts';
import { median, timed } from './timing.ts';

/** The same inserts and reads through the RxStorage and through raw node:sqlite. */
export type FloorResult = {
  docs: number;
  batchSize: number;
  insertMs: { storage: number; raw: number };
  findByIdsMs: { storage: number; raw: number };
  rangeQuery100MedianMs: { storage: number; raw: number };
};

type Instance = RxStorageInstance<LogEntry, unknown, unknown>;

export async function openLogStorage(dataDir: string, databaseName: string): Promise<Instance> {
  const storage = getRxStorageSqlite({ dataDir });
  return (await storage.createStorageInstance<LogEntry>({
    databaseInstanceToken: randomToken(10),
    databaseName,
    collectionName: 'entries',
    schema: logEntrySchema,
    options: {},
    multiInstance: false,
    devMode: false,
  })) as unknown as Instance;
}

export function rangeQuery(fromCreatedAt: number, limit: number) {
  const selector = {
    _deleted: { $eq: false },
    createdAt: { $gte: fromCreatedAt },
  } as MangoQuerySelector<LogEntry>;
  return prepareQuery(
    logEntrySchema,
    normalizeMangoQuery(logEntrySchema, { selector, sort: [{ createdAt: 'asc' }], limit }),
  );
}

export async function compareWithRawSqlite(
  dataDir: string,
  docs: number,
  batchSize: number,
): Promise<FloorResult> {
  const raw = openRawSqlite(dataDir, 'floor-raw');
  const storage = await openLogStorage(dataDir, 'floor-storage');
  const batches = Array.from({ length: Math.ceil(docs / batchSize) }, (_, b) =>
    logEntries(b * batchSize, batchSize),
  );
  // Alternate raw and storage batch by batch so both see the same machine load.
  let rawInsert = 0;
  let storageInsert = 0;
  for (const batch of batches) {
    rawInsert += timed(() => raw.insertBatch(batch));
    storageInsert += await timedAsync(() =>
      storage.bulkWrite(
        batch.map((document) => ({ document })),
        'bench',
      ),
    );
  }
  const ids = batches.flat().map((doc) => doc.id);
  const rawFind = timed(() => raw.findByIds(ids));
  const storageFind = await timedAsync(() => storage.findDocumentsById(ids, false));
  const starts = Array.from({ length: 200 }, (_, i) => BASE_TIME + ((i * 7919) % docs) * 10);
  const rawRange: number[] = [];
  const storageRange: number[] = [];
  for (const start of starts) {
    rawRange.push(timed(() => raw.rangeQuery(start, 100)));
    storageRange.push(await timedAsync(() => storage.query(rangeQuery(start, 100))));
  }
  raw.close();
  await storage.close();
  return {
    docs,
    batchSize,
    insertMs: { storage: storageInsert, raw: rawInsert },
    findByIdsMs: { storage: storageFind, raw: rawFind },
    rangeQuery100MedianMs: { storage: median(storageRange), raw: median(rawRange) },
  };
}

async function timedAsync(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}
