// The 1,000,000-document run, started by bench/storage.ts as its own
// process so its peak RSS is measured alone. Prints one JSON line.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normalizeMangoQuery, prepareQuery } from 'rxdb';
import type { MangoQuerySelector } from 'rxdb';
import { BASE_TIME, logEntries, logEntrySchema } from './benchDocuments.ts';
import type { LogEntry } from './benchDocuments.ts';
import { openLogStorage, rangeQuery } from './floorComparison.ts';
import { median } from './timing.ts';

export type ScaleResult = {
  docs: number;
  batchSize: number;
  insertMs: number;
  insertDocsPerSecond: number;
  rangeQuery100MedianMs: number;
  rangeQuery100P95Ms: number;
  countMedianMs: number;
  countResult: number;
  fileBytes: number;
  peakRssMb: number;
};

const docs = Number(process.argv[2] ?? 1_000_000);
const batchSize = 10_000;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lantern-bench-scale-'));

async function insertAll(): Promise<number> {
  const storage = await openLogStorage(dataDir, 'scale');
  const start = performance.now();
  for (let from = 0; from < docs; from += batchSize) {
    const rows = logEntries(from, Math.min(batchSize, docs - from)).map((document) => ({
      document,
    }));
    const response = await storage.bulkWrite(rows, 'scale');
    if (response.error.length > 0) {
      throw new Error('scale insert failed');
    }
  }
  const elapsed = performance.now() - start;
  await storage.close();
  return elapsed;
}

async function measureReads(): Promise<
  Pick<
    ScaleResult,
    'rangeQuery100MedianMs' | 'rangeQuery100P95Ms' | 'countMedianMs' | 'countResult'
  >
> {
  const storage = await openLogStorage(dataDir, 'scale');
  const times: number[] = [];
  for (let i = 0; i < 500; i++) {
    const start = BASE_TIME + ((i * 104_729) % (docs - 100)) * 10;
    const began = performance.now();
    const result = await storage.query(rangeQuery(start, 100));
    times.push(performance.now() - began);
    if (result.documents.length !== 100) {
      throw new Error('range query returned ' + result.documents.length);
    }
  }
  const selector = {
    _deleted: { $eq: false },
    createdAt: { $gte: BASE_TIME + docs * 5 },
  } as MangoQuerySelector<LogEntry>;
  const countQuery = prepareQuery(
    logEntrySchema,
    normalizeMangoQuery(logEntrySchema, { selector }, true),
  );
  const countTimes: number[] = [];
  let countResult = 0;
  for (let i = 0; i < 5; i++) {
    const began = performance.now();
    countResult = (await storage.count(countQuery)).count;
    countTimes.push(performance.now() - began);
  }
  await storage.close();
  const sorted = [...times].sort((a, b) => a - b);
  return {
    rangeQuery100MedianMs: median(times),
    rangeQuery100P95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? NaN,
    countMedianMs: median(countTimes),
    countResult,
  };
}

function fileBytes(): number {
  const file = path.join(dataDir, 'scale.sqlite');
  const wal = statSync(file + '-wal', { throwIfNoEntry: false });
  return statSync(file).size + (wal?.size ?? 0);
}

try {
  const insertMs = await insertAll();
  const reads = await measureReads();
  const result: ScaleResult = {
    docs,
    batchSize,
    insertMs,
    insertDocsPerSecond: Math.round(docs / (insertMs / 1000)),
    ...reads,
    fileBytes: fileBytes(),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(result) + '\n');
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
