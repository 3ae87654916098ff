// Metric streams benchmark: `npm run bench:anomaly-streams [-- --quick]`.
// 1,000 streams, one point per 10 s each, pushed by 4 metrics integrations
// (250 streams each, one batch per integration per tick) through the real
// ingestion path: HTTP POST /api/v1/metrics/{key} → detector per stream →
// recordMetricPoints command (durable, audited). Ticks are sent as fast as the
// node takes them, so points/s is the headroom over the 100 points/s that
// 1,000 streams at 10 s need. A few streams spike near the end (the alerts
// they raise are counted); then the node restarts and takes one more tick
// (saved detector states loaded). Writes bench/results/anomaly-streams.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { kindStore } from '../shared/store/kindStore.ts';
import { startNode, type LanternNode } from '../electron/core/node.ts';
import type { BenchGoal } from './goalTable.ts';
import { streamTick, type StreamFleet } from './anomaly/streamFleet.ts';

const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const STREAMS = 1000;
const INTEGRATIONS = 4;
const TICKS = args.quick ? 40 : 240;
const TICK_MS = 10_000;
const SPIKED = 10;
const resultsFile = path.join(
  fileURLToPath(new URL('..', import.meta.url)),
  'bench',
  'results',
  'anomaly-streams.json',
);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapBytes = () => {
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

async function post(url: string, body: unknown): Promise<Record<string, number>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, number>;
  if (response.status !== 200)
    throw new Error(`POST ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

/** One tick: every integration posts its streams' points at once; resolves with its duration. */
async function sendTick(node: LanternNode, fleet: StreamFleet, tick: number) {
  const started = performance.now();
  const answers = await Promise.all(
    fleet.keys.map((key, i) =>
      post(`${node.url}/api/v1/metrics/${key}`, streamTick(fleet, i, tick)),
    ),
  );
  return {
    ms: performance.now() - started,
    accepted: answers.reduce((sum, a) => sum + (a.accepted ?? 0), 0),
    alertsOpened: answers.reduce((sum, a) => sum + (a.alertsOpened ?? 0), 0),
  };
}

async function createFleet(node: LanternNode): Promise<StreamFleet> {
  const keys: string[] = [];
  const ids: string[] = [];
  // Creating an integration is a person's act: the demo workspace's administrator's.
  const workspace = await kindStore(node.database).findOne('workspaces');
  const administrator = workspace?.administratorIds?.[0] ?? '';
  for (let i = 0; i < INTEGRATIONS; i++) {
    const { id, key } = await node.execute(
      'createAlertIntegration',
      { source: 'metrics', name: `Metrics ${i + 1}` },
      { kind: 'person', id: administrator },
    );
    keys.push(key);
    ids.push(id);
  }
  const start = Date.now() - (TICKS + 10) * TICK_MS - 3_600_000;
  return {
    keys,
    ids,
    streams: STREAMS,
    start,
    tickMs: TICK_MS,
    spikeTick: TICKS - 8,
    spiked: SPIKED,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const root = mkdtempSync(path.join(tmpdir(), 'lantern-bench-streams-'));
const dataDir = path.join(root, 'node');
console.log(
  `Lantern metric streams (${args.quick ? 'quick' : 'full'}): ${STREAMS} streams × ${TICKS} ticks, ${INTEGRATIONS} integrations, node ${process.version}`,
);
try {
  const heapBefore = heapBytes();
  let node = await startNode({ dataDir, port: 0, demo: true, log: () => undefined });
  const heapEmptyNode = heapBytes();
  const fleet = await createFleet(node);
  const tickMs: number[] = [];
  let accepted = 0;
  let alertsOpened = 0;
  const started = performance.now();
  for (let tick = 0; tick < TICKS; tick++) {
    const result = await sendTick(node, fleet, tick);
    tickMs.push(result.ms);
    accepted += result.accepted;
    alertsOpened += result.alertsOpened;
  }
  const elapsedS = (performance.now() - started) / 1000;
  const heapPerStream = (heapBytes() - heapEmptyNode) / STREAMS;
  const alerts = await kindStore(node.database).find('alerts', { selector: { class: 'anomaly' } });
  const spikedAlerted = new Set(
    alerts.filter((a) => a.component?.startsWith('spiked.')).map((a) => a.component),
  ).size;
  await node.close();
  node = await startNode({ dataDir, port: 0, demo: true, log: () => undefined });
  const afterRestart = await sendTick(node, fleet, TICKS);
  await node.close();
  const pointsPerSecond = Math.round(accepted / elapsedS);
  const p95 = Math.round(percentile(tickMs, 95));
  const goals: BenchGoal[] = [
    {
      name: 'points per second through POST → detector → command (≥ 100 needed)',
      value: pointsPerSecond,
      unit: 'points/s',
      goal: 100,
      met: pointsPerSecond >= 100,
    },
    {
      name: 'p95 time to take one tick of 1,000 points (must be under 10 s)',
      value: p95,
      unit: 'ms',
      goal: 10_000,
      met: p95 < 10_000,
    },
    {
      name: 'first tick after a restart (saved states loaded)',
      value: Math.round(afterRestart.ms),
      unit: 'ms',
      goal: 10_000,
      met: afterRestart.ms < 10_000,
    },
    {
      name: 'node heap per stream (detector, record, caches)',
      value: Math.round(heapPerStream),
      unit: 'bytes',
      goal: 256 * 1024,
      met: heapPerStream < 256 * 1024,
    },
    ...(args.quick
      ? []
      : [
          {
            name: `spiked streams that raised an alert (of ${SPIKED})`,
            value: spikedAlerted,
            unit: 'streams',
            goal: SPIKED,
            met: spikedAlerted >= SPIKED,
          },
        ]),
  ];
  console.table(
    goals.map((g) => ({
      goal: g.name,
      value: g.value,
      unit: g.unit,
      target: g.unit === 'ms' || g.unit === 'bytes' ? `< ${g.goal}` : `≥ ${g.goal}`,
      met: g.met,
    })),
  );
  console.log(
    `${accepted} points in ${elapsedS.toFixed(1)} s; ticks p50 ${Math.round(percentile(tickMs, 50))} ms, p95 ${p95} ms; ` +
      `${alertsOpened} anomaly alerts opened; heap: empty node ${Math.round((heapEmptyNode - heapBefore) / 1e6)} MB, per stream ${Math.round(heapPerStream / 1024)} KiB`,
  );
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(
    resultsFile,
    `${JSON.stringify({ mode: args.quick ? 'quick' : 'full', streams: STREAMS, ticks: TICKS, integrations: INTEGRATIONS, accepted, elapsedS, alertsOpened, spikedAlerted, tickP50Ms: percentile(tickMs, 50), goals }, null, 2)}\n`,
  );
  console.log(`Wrote ${path.relative(process.cwd(), resultsFile)}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
