import { setTimeout as sleep } from 'node:timers/promises';
import type { Goal } from '../ui/goals.ts';
import { nodeMemory } from '../ui/memory.ts';

/** An idle node's resident memory must stay below this. */
export const IDLE_NODE_RSS_GOAL_MB = 150;
/** The node's peak resident memory under `bench:ui` must stay below this. */
export const UI_NODE_PEAK_RSS_GOAL_MB = 250;

export interface IdleMemory {
  /** Median of the samples taken once the node has settled. */
  idleRssMb: number;
  samplesMb: number[];
  /** Highest resident memory since the process started (VmHWM). */
  peakRssMb: number;
}

export interface IdleReport {
  generatedAt: string;
  node: string;
  nodeFlags: string[];
  settleMs: number;
  load: { cores: number; oneMinute: number };
  runs: Record<string, IdleMemory>;
  goals: Goal[];
}

/** Waits `settleMs`, then samples the process's RSS once a second. */
export async function settledMemory(
  pid: number,
  settleMs: number,
  samples: number,
): Promise<IdleMemory> {
  await sleep(settleMs);
  const samplesMb: number[] = [];
  for (let i = 0; i < samples; i++) {
    samplesMb.push(nodeMemory(pid).rssMb);
    await sleep(1_000);
  }
  const sorted = [...samplesMb].sort((a, b) => a - b);
  return {
    idleRssMb: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    samplesMb,
    peakRssMb: nodeMemory(pid).peakRssMb,
  };
}

/** The goal: an idle demo node below 150 MB, whether it has just seeded or was restarted. */
export function idleGoals(firstStart: IdleMemory, restart: IdleMemory): Goal[] {
  const worst = Math.max(firstStart.idleRssMb, restart.idleRssMb);
  return [
    {
      name: 'idle demo node resident memory (RSS, worse of first start and restart)',
      value: worst,
      unit: 'MB',
      goal: `< ${IDLE_NODE_RSS_GOAL_MB} MB`,
      met: worst < IDLE_NODE_RSS_GOAL_MB,
    },
  ];
}

/** The goal on the node's peak resident memory over a whole `bench:ui` run. */
export function uiNodeMemoryGoal(peakRssMb: number): Goal {
  return {
    name: 'node peak resident memory (RSS) under bench:ui',
    value: peakRssMb,
    unit: 'MB',
    goal: `< ${UI_NODE_PEAK_RSS_GOAL_MB} MB`,
    met: peakRssMb < UI_NODE_PEAK_RSS_GOAL_MB,
  };
}
