// Idle-node memory benchmark: `npm run bench:idle`. Starts a headless demo
// node as `npm run serve -- --demo` would (its first start seeds the demo
// organisation), leaves it idle, samples its resident memory, then restarts
// it on the same folder and samples again. Prints a table and writes
// bench/results/idle.json with a `goals` array.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNodeProcess } from '../e2e/support/nodeProcess.ts';
import { NODE_MEMORY_FLAGS } from '../electron/core/nodeMemoryFlags.ts';
import { idleGoals, settledMemory, type IdleReport } from './memory/idleMemory.ts';
import { writeReport } from './ui/report.ts';

const SETTLE_MS = Number(process.env.LANTERN_BENCH_IDLE_SETTLE_MS ?? 20_000);
const SAMPLES = 10;
const resultsFile = fileURLToPath(new URL('./results/idle.json', import.meta.url));

async function idleRun(dataDir: string, extraArgs: string[]) {
  const node = await startNodeProcess(dataDir, extraArgs);
  try {
    return await settledMemory(node.pid, SETTLE_MS, SAMPLES);
  } finally {
    await node.stop();
  }
}

console.log(
  `Lantern idle-node memory, node ${process.version}, flags ${NODE_MEMORY_FLAGS.join(' ')}`,
);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lantern-bench-idle-'));
try {
  const firstStart = await idleRun(dataDir, ['--demo']);
  const restart = await idleRun(dataDir, []);
  const report: IdleReport = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    nodeFlags: [...NODE_MEMORY_FLAGS],
    settleMs: SETTLE_MS,
    load: { cores: os.availableParallelism(), oneMinute: os.loadavg()[0] ?? 0 },
    runs: { 'first start (seeds the demo)': firstStart, 'restart on the same folder': restart },
    goals: idleGoals(firstStart, restart),
  };
  console.log(`${'run'.padEnd(32)} ${'idle RSS MB'.padStart(12)} ${'peak MB'.padStart(9)}`);
  for (const [name, run] of Object.entries(report.runs))
    console.log(
      `${name.padEnd(32)} ${String(run.idleRssMb).padStart(12)} ${String(run.peakRssMb).padStart(9)}`,
    );
  for (const goal of report.goals)
    console.log(
      `${goal.met ? 'met ' : 'MISS'} ${goal.name}: ${goal.value} ${goal.unit} (goal ${goal.goal})`,
    );
  writeReport(resultsFile, report);
  console.log(`written ${path.relative(process.cwd(), resultsFile)}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
