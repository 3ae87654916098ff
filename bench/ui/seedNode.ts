// Seeds a node's data folder for the UI benchmark through the node's own
// commands, in-process, before the HTTP node serves it:
//   node bench/ui/seedNode.ts <dataDir> <activeIncidents> <timelineEntries>
// Prints one JSON line: { bigIncidentId, seconds }. Every incident is SEV4,
// which no shipped escalation policy covers, so nothing pages during the run;
// the long one is declared first, so it is the oldest and leads the wall.
import { startNode } from '../../electron/core/node.ts';
import type { Actor } from '../../shared/commands/command.ts';
import { BENCH_PERSON, BIG_INCIDENT_TITLE } from './benchPeople.ts';

const CONCURRENCY = 32;

async function inParallel(count: number, run: (index: number) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < count) await run(next++);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

async function seed(dataDir: string, incidents: number, entries: number) {
  const started = performance.now();
  const node = await startNode({ dataDir, port: 0, demo: true, log: () => undefined });
  const actor: Actor = { kind: 'person', id: BENCH_PERSON };
  try {
    const big = await node.execute(
      'declareIncident',
      { title: BIG_INCIDENT_TITLE, severity: 'SEV4', type: 'availability' },
      actor,
    );
    await inParallel(incidents - 1, (index) =>
      node.execute(
        'declareIncident',
        { title: `Bench incident ${index + 1}`, severity: 'SEV4' },
        actor,
      ),
    );
    await inParallel(entries, (index) =>
      node.execute(
        'addTimelineEntry',
        { incidentId: big.id, text: `Bench timeline entry ${index + 1}: status checked` },
        actor,
      ),
    );
    return { bigIncidentId: big.id, seconds: (performance.now() - started) / 1000 };
  } finally {
    await node.close();
  }
}

const [dataDir, incidents = '200', entries = '50000'] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: seedNode.ts <dataDir> [incidents] [entries]');
console.log(JSON.stringify(await seed(dataDir, Number(incidents), Number(entries))));
