// npm run bench:main-thread — how long Electron main's event loop stalls
// while the node does a long write (seeding the demo organisation), with
// the node in main's process (as before) and in its own process (the
// utilityProcess, stood in for by a forked Node child under plain Node).
// Prints a table and writes bench/results/main-thread.json with `goals`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printGoalTable } from './goalTable.ts';
import { startNode } from '../electron/core/node.ts';
import { forkUtilityProcess } from '../electron/core/nodeHost/forkedUtilityProcess.testSupport.ts';
import { createNodeSupervisor } from '../electron/main/nodeSupervisor.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsFile = path.join(here, 'results', 'main-thread.json');
const nodeHost = path.join(here, '..', 'electron', 'core', 'nodeHost', 'nodeHostMain.ts');
const round = (value: number) => Math.round(value * 10) / 10;

interface Stall {
  writeMs: number;
  maxStallMs: number;
  p99StallMs: number;
}

/**
 * The longest gaps between ticks of a 10 ms timer on main's event loop while
 * `write` runs. (perf_hooks' monitorEventLoopDelay records nothing when the
 * loop never turns: a write made of synchronous SQLite calls and promise
 * continuations can hold it for its whole length.)
 */
async function measure(write: () => Promise<unknown>): Promise<Stall> {
  const gaps: number[] = [];
  const began = performance.now();
  let last = began;
  const tick = setInterval(() => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
  }, 10);
  await write();
  const ended = performance.now();
  clearInterval(tick);
  gaps.push(ended - last);
  gaps.sort((a, b) => a - b);
  return {
    writeMs: round(ended - began),
    maxStallMs: round(gaps.at(-1) ?? 0),
    p99StallMs: round(gaps[Math.floor((gaps.length - 1) * 0.99)] ?? 0),
  };
}

async function inMainProcess(dataDir: string): Promise<Stall> {
  const node = await startNode({ dataDir, rendererDir: dataDir, port: 0, log: () => undefined });
  try {
    return await measure(() => node.seedDemo());
  } finally {
    await node.close();
  }
}

async function inUtilityProcess(dataDir: string): Promise<Stall> {
  const node = createNodeSupervisor({
    fork: () => forkUtilityProcess(nodeHost),
    startOptions: { dataDir, rendererDir: dataDir, port: 0, demo: false },
    onNotify: () => undefined,
    onGaveUp: (error) => console.error(error.message),
  });
  await node.start();
  try {
    return await measure(() => node.request('seedDemo', undefined));
  } finally {
    await node.shutdown();
  }
}

const folder = mkdtempSync(path.join(tmpdir(), 'lantern-bench-main-'));
try {
  const before = await inMainProcess(path.join(folder, 'in-main'));
  const after = await inUtilityProcess(path.join(folder, 'utility'));
  const goals = [
    {
      name: "main's longest gap between 10 ms timer ticks while the node seeds the demo (node in its own process)",
      value: after.maxStallMs,
      unit: 'ms',
      goal: 100,
      met: after.maxStallMs < 100,
    },
  ];
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(
    resultsFile,
    JSON.stringify({ generatedAt: new Date().toISOString(), before, after, goals }, null, 2) + '\n',
  );
  console.log("\nElectron main's event loop while the node seeds the demo organisation");
  console.table({ 'node in main (before)': before, 'node in its own process (now)': after });
  printGoalTable(goals);
  console.log(`results: ${resultsFile}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
