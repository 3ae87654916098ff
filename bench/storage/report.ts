import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FloorResult } from './floorComparison.ts';
import type { Goal } from './goals.ts';
import type { StorageName, StorageTimes } from './rxdbPerformance.ts';
import type { ScaleResult } from './scaleRun.ts';
import { round } from './timing.ts';

export type StorageReport = {
  generatedAt: string;
  mode: 'quick' | 'full';
  node: string;
  rxdbBenchmark: {
    config: Record<string, unknown>;
    timesMs: Record<StorageName, StorageTimes>;
    ratiosToMemory: Record<string, StorageTimes>;
  };
  rawFloor: FloorResult & { ratios: Record<string, number> };
  scale: ScaleResult | { skipped: string };
  goals: Goal[];
};

export function writeReport(report: StorageReport, file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}

export function printReport(report: StorageReport): void {
  const { timesMs, ratiosToMemory } = report.rxdbBenchmark;
  const measures = Object.keys(timesMs.memory);
  const names = Object.keys(timesMs) as StorageName[];
  console.log('\nRxDB runPerformanceTests (ms, average; ratio to memory in brackets)');
  printTable(
    ['measure', ...names],
    measures.map((measure) => [
      measure,
      ...names.map((name) => {
        const ratio = ratiosToMemory[name]?.[measure];
        return `${round(timesMs[name][measure] ?? NaN)}${ratio === undefined ? '' : ` (${ratio}x)`}`;
      }),
    ]),
  );
  const floor = report.rawFloor;
  console.log(
    `\nSame work through the storage and raw node:sqlite (${floor.docs} docs, batches of ${floor.batchSize})`,
  );
  printTable(
    ['measure', 'storage ms', 'raw ms', 'ratio'],
    [
      ['bulk insert', floor.insertMs.storage, floor.insertMs.raw, floor.ratios['insert']],
      [
        'find all by id',
        floor.findByIdsMs.storage,
        floor.findByIdsMs.raw,
        floor.ratios['findByIds'],
      ],
      [
        'range query, 100 rows (median)',
        floor.rangeQuery100MedianMs.storage,
        floor.rangeQuery100MedianMs.raw,
        floor.ratios['rangeQuery100'],
      ],
    ].map((row) =>
      row.map((cell) => (typeof cell === 'number' ? String(round(cell, 3)) : String(cell))),
    ),
  );
  printScale(report.scale);
  console.log('\nGoals');
  printTable(
    ['goal', 'value', 'target', 'met'],
    report.goals.map((goal) => [
      goal.name,
      goal.value === null ? '-' : `${goal.value} ${goal.unit}`,
      `<= ${goal.goal} ${goal.unit}`,
      goal.met === null ? `skipped` : goal.met ? 'yes' : 'NO',
    ]),
  );
}

function printScale(scale: ScaleResult | { skipped: string }): void {
  if ('skipped' in scale) {
    console.log(`\nScale run: ${scale.skipped}`);
    return;
  }
  console.log(`\nScale run: ${scale.docs} documents in one collection`);
  printTable(
    ['measure', 'value'],
    [
      [
        'bulk insert',
        `${round(scale.insertMs / 1000)} s (${scale.insertDocsPerSecond} docs/s, batches of ${scale.batchSize})`,
      ],
      [
        'indexed range query, 100 rows',
        `median ${round(scale.rangeQuery100MedianMs, 3)} ms, p95 ${round(scale.rangeQuery100P95Ms, 3)} ms`,
      ],
      [
        'count of an indexed range',
        `${scale.countResult} docs in ${round(scale.countMedianMs)} ms (median)`,
      ],
      ['file size', `${round(scale.fileBytes / 1024 / 1024, 1)} MB`],
      ['peak RSS', `${round(scale.peakRssMb, 1)} MB`],
    ],
  );
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  rows.forEach((row) => console.log(line(row)));
}
