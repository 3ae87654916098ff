// Storage benchmark: `npm run bench:storage` (add `-- --quick` for a run
// under a minute without the 1,000,000-document scale run). Prints tables
// and writes bench/results/storage.json.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareWithRawSqlite } from './storage/floorComparison.ts';
import { ratiosToMemory, storageGoals } from './storage/goals.ts';
import { printReport, writeReport } from './storage/report.ts';
import type { StorageReport } from './storage/report.ts';
import { performanceConfig, runRxdbBenchmark } from './storage/rxdbPerformance.ts';
import type { ScaleResult } from './storage/scaleRun.ts';
import { round } from './storage/timing.ts';

const quick = process.argv.includes('--quick');
const SCALE_DOCS = 1_000_000;
const resultsFile = fileURLToPath(new URL('./results/storage.json', import.meta.url));

async function floorRun(): Promise<StorageReport['rawFloor']> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lantern-bench-floor-'));
  try {
    const floor = await compareWithRawSqlite(dataDir, quick ? 20_000 : 100_000, 1_000);
    return {
      ...floor,
      ratios: {
        insert: round(floor.insertMs.storage / floor.insertMs.raw),
        findByIds: round(floor.findByIdsMs.storage / floor.findByIdsMs.raw),
        rangeQuery100: round(floor.rangeQuery100MedianMs.storage / floor.rangeQuery100MedianMs.raw),
      },
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The scale run gets its own process so its peak RSS is its own. */
function scaleRun(): Promise<ScaleResult> {
  const script = fileURLToPath(new URL('./storage/scaleRun.ts', import.meta.url));
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', script, String(SCALE_DOCS)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const last = output.trim().split('\n').pop();
      if (code !== 0 || !last) {
        reject(new Error(`scale run failed with exit code ${code}`));
        return;
      }
      resolve(JSON.parse(last) as ScaleResult);
    });
  });
}

console.log(`Lantern storage benchmark (${quick ? 'quick' : 'full'}), node ${process.version}`);
console.log('1/3 RxDB storage benchmark');
const timesMs = await runRxdbBenchmark(quick);
console.log('2/3 storage vs raw node:sqlite');
const rawFloor = await floorRun();
console.log(
  quick ? '3/3 scale run skipped (--quick)' : `3/3 scale run with ${SCALE_DOCS} documents`,
);
const scale = quick ? undefined : await scaleRun();
const ratios = ratiosToMemory(timesMs);
const report: StorageReport = {
  generatedAt: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  node: process.version,
  rxdbBenchmark: { config: performanceConfig(quick), timesMs, ratiosToMemory: ratios },
  rawFloor,
  scale: scale ?? { skipped: 'skipped (--quick)' },
  goals: storageGoals(ratios['sqlite'] ?? {}, rawFloor, scale),
};
printReport(report);
writeReport(report, resultsFile);
console.log(`\nWrote ${path.relative(process.cwd(), resultsFile)}`);
