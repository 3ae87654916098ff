import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import type { ThroughputRun } from './sustain.ts';

export type Goal = { name: string; value: number; unit: string; goal: number; met: boolean };

export type CommandsReport = {
  mode: 'quick' | 'full';
  /** One durable commit on this disk, ms. */
  fsyncMs: number;
  runs: Record<string, ThroughputRun>;
  goals: Goal[];
};

export function printGoals(runs: Record<string, ThroughputRun>, fsyncMs: number, goals: Goal[]) {
  console.log(
    `\nOne durable commit (fsync) on this disk: ${fsyncMs} ms; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
  );
  console.table(
    Object.entries(runs).map(([name, run]) => ({
      run: name,
      'commands/s': run.perSecond,
      commands: run.commands,
      'p50 ms': run.latencyMs.p50,
      'p95 ms': run.latencyMs.p95,
      'max ms': run.latencyMs.max,
      'CPU ms/command': run.cpuMsPerCommand,
      'peak RSS MB': run.peakRssMb,
    })),
  );
  console.table(goals.map((goal) => ({ ...goal })));
}

export function writeResults(file: string, report: CommandsReport): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(
      { generatedAt: new Date().toISOString(), node: process.version, ...report },
      null,
      2,
    ) + '\n',
  );
}
