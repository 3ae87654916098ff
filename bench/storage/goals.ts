import type { FloorResult } from './floorComparison.ts';
import type { StorageName, StorageTimes } from './rxdbPerformance.ts';
import type { ScaleResult } from './scaleRun.ts';
import { round } from './timing.ts';

/** One goal from the storage issue; value and met are null when the measure was skipped. */
export type Goal = {
  name: string;
  value: number | null;
  unit: string;
  goal: number;
  met: boolean | null;
  note?: string;
};

export function ratiosToMemory(
  results: Record<StorageName, StorageTimes>,
): Record<string, StorageTimes> {
  const ratios: Record<string, StorageTimes> = {};
  for (const [name, times] of Object.entries(results)) {
    if (name === 'memory') {
      continue;
    }
    ratios[name] = {};
    for (const [measure, time] of Object.entries(times)) {
      const reference = results.memory[measure];
      ratios[name][measure] = reference ? round(time / reference) : NaN;
    }
  }
  return ratios;
}

export function storageGoals(
  sqliteRatios: StorageTimes,
  floor: FloorResult,
  scale: ScaleResult | undefined,
): Goal[] {
  const goals: Goal[] = Object.entries(sqliteRatios).map(([measure, ratio]) =>
    atMost(`RxDB benchmark "${measure}" within 2x of memory storage`, ratio, 'x memory', 2),
  );
  goals.push(
    atMost(
      'bulk insert within 1.2x of raw node:sqlite (both synchronous=FULL)',
      round(floor.insertMs.storage / floor.insertMs.raw),
      'x raw',
      1.2,
    ),
  );
  if (scale) {
    goals.push(
      atMost(
        `indexed query (100 rows) over ${scale.docs} docs, median`,
        round(scale.rangeQuery100MedianMs, 3),
        'ms',
        5,
      ),
    );
    goals.push(atMost(`peak memory at ${scale.docs} docs`, round(scale.peakRssMb, 1), 'MB', 300));
  } else {
    goals.push(skipped('indexed query (100 rows) over 1000000 docs, median', 'ms', 5));
    goals.push(skipped('peak memory at 1000000 docs', 'MB', 300));
  }
  return goals;
}

function atMost(name: string, value: number, unit: string, goal: number): Goal {
  return { name, value, unit, goal, met: Number.isFinite(value) && value <= goal };
}

function skipped(name: string, unit: string, goal: number): Goal {
  return { name, value: null, unit, goal, met: null, note: 'scale run skipped (--quick)' };
}
