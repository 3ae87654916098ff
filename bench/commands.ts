// Command throughput: `npm run bench:commands` (`-- --quick` measures 5 s
// instead of 30). One headless node with the demo organisation on a fresh
// data folder; concurrent callers add timeline entries through the node's
// executor, each command's documents and audit entry in one transaction
// (group commit). Prints a table and writes bench/results/commands.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor } from '../shared/commands/command.ts';
import { startNode } from '../electron/core/node.ts';
import { kindStore } from '../shared/store/kindStore.ts';
import { durableCommitMs } from './commands/fsyncProbe.ts';
import { printGoals, writeResults, type Goal } from './commands/report.ts';
import { sustain, type ThroughputRun } from './commands/sustain.ts';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 5 : 30;
const CALLERS = 64;
const GOAL_PER_SECOND = 2000;
const resultsFile = fileURLToPath(new URL('./results/commands.json', import.meta.url));

const dataDir = mkdtempSync(path.join(tmpdir(), 'lantern-bench-commands-'));
console.log(`Lantern command benchmark (${quick ? 'quick' : 'full'}), node ${process.version}`);
const fsyncMs = durableCommitMs(dataDir);
const node = await startNode({ dataDir, port: 0, demo: true, log: () => undefined });
try {
  const person = await kindStore(node.database).findOne('people');
  const actor: Actor = { kind: 'person', id: person?.id ?? '' };
  const incident = await node.execute(
    'declareIncident',
    { title: 'Benchmark: card payments failing', severity: 'SEV2' },
    actor,
  );
  const addEntry = (text: string) =>
    node.execute('addTimelineEntry', { incidentId: incident.id, text }, actor);
  console.log(`warm-up, then one caller for ${Math.min(SECONDS, 5)} s`);
  await sustain(addEntry, CALLERS, 3);
  const single = await sustain(addEntry, 1, Math.min(SECONDS, 5));
  console.log(`${CALLERS} concurrent callers for ${SECONDS} s`);
  const concurrent = await sustain(addEntry, CALLERS, SECONDS);
  const goals: Goal[] = [
    {
      name: `addTimelineEntry per second, ${SECONDS} s, ${CALLERS} callers, audit entry in the same transaction`,
      value: concurrent.perSecond,
      unit: 'commands/s',
      goal: GOAL_PER_SECOND,
      met: concurrent.perSecond >= GOAL_PER_SECOND,
    },
  ];
  const runs: Record<string, ThroughputRun> = {
    'one caller': single,
    [`${CALLERS} callers`]: concurrent,
  };
  printGoals(runs, fsyncMs, goals);
  writeResults(resultsFile, { mode: quick ? 'quick' : 'full', fsyncMs, runs, goals });
  console.log(`\nWrote ${path.relative(process.cwd(), resultsFile)}`);
} finally {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
}
