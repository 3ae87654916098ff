// Alert storm: `npm run bench:alerts` (`-- --quick` posts a tenth of it).
// 50,000 Alertmanager alerts over 2,000 fingerprints, resolves mixed in,
// from 8 concurrent clients (a worker thread) to one headless node; then the
// same storm to Debian's prometheus-alertmanager on loopback. Prints a table
// and writes bench/results/alerts.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { alertIdOf } from '../shared/alerts/alertIdentity.ts';
import { kindStore } from '../shared/store/kindStore.ts';
import { startNode, type LanternNode } from '../electron/core/node.ts';
import { startAlertmanager } from './alerts/alertmanagerProcess.ts';
import type { ClientsReport } from './alerts/stormClients.ts';
import { alertmanagerApiBody, generateStorm, webhookBody, type Storm } from './alerts/storm.ts';
import type { BenchGoal } from './goalTable.ts';

const quick = process.argv.includes('--quick');
const ALERTS = quick ? 5_000 : 50_000;
const CLIENTS = 8;
const PROBE_EVERY = 10;
const resultsFile = fileURLToPath(new URL('./results/alerts.json', import.meta.url));
const storm = generateStorm({
  alerts: ALERTS,
  fingerprints: quick ? 200 : 2_000,
  clients: CLIENTS,
  alertsPerRequest: 10,
  resolveChance: 0.25,
  seed: 13,
});

function runClients(url: string, bodies: string[][], onProbe?: (probe: Probe) => void) {
  const worker = new Worker(new URL('./alerts/stormClients.ts', import.meta.url), {
    workerData: { url, bodies, probeEvery: onProbe ? PROBE_EVERY : Number.MAX_SAFE_INTEGER },
  });
  return new Promise<ClientsReport>((resolve, reject) => {
    worker.on('message', (message: { probe?: Probe; done?: ClientsReport }) => {
      if (message.probe) onProbe?.(message.probe);
      if (message.done) resolve(message.done);
    });
    worker.on('error', reject);
  });
}

interface Probe {
  client: number;
  request: number;
  sentAt: number;
}

/** Watches one request's alerts in a live query until every one shows the count that request left. */
function watchProbe(
  node: LanternNode,
  integrationId: string,
  probe: Probe,
  latencies: number[],
): Promise<void> {
  const events = storm.requests[probe.client]?.[probe.request] ?? [];
  const expected = new Map<string, number>();
  for (const event of events)
    expected.set(alertIdOf(integrationId, event.fingerprint, event.episode), event.countAfter);
  const live = kindStore(node.database).find$('alerts', {
    selector: { id: { $in: [...expected.keys()] } },
  });
  return new Promise<void>((resolve) => {
    const subscription = live.subscribe((alerts) => {
      const shown = new Map(alerts.map((alert) => [alert.id, alert.count]));
      if ([...expected].every(([id, count]) => (shown.get(id) ?? 0) >= count)) {
        latencies.push(Date.now() - probe.sentAt);
        queueMicrotask(() => subscription.unsubscribe());
        resolve();
      }
    });
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function lanternRun(dataDir: string) {
  const node = await startNode({ dataDir, port: 0, demo: true, log: () => undefined });
  try {
    // Creating an integration is a person's act: the demo workspace's administrator's.
    const workspace = await kindStore(node.database).findOne('workspaces');
    const { id, key } = await node.execute(
      'createAlertIntegration',
      { source: 'alertmanager', name: 'Storm benchmark' },
      { kind: 'person', id: workspace?.administratorIds?.[0] ?? '' },
    );
    const now = new Date().toISOString();
    const bodies = storm.requests.map((requests) =>
      requests.map((events) => webhookBody(events, now)),
    );
    const latencies: number[] = [];
    const watching: Promise<void>[] = [];
    const report = await runClients(`${node.url}/api/v1/alerts/${key}`, bodies, (probe) =>
      watching.push(watchProbe(node, id, probe, latencies)),
    );
    await Promise.all(watching);
    const stored = await kindStore(node.database).find('alerts', {
      selector: { integrationId: id },
    });
    const counted = {
      alerts: stored.reduce((sum, alert) => sum + alert.count, 0),
      episodes: stored.length,
      firing: stored.filter((alert) => alert.status === 'firing').length,
      resolved: stored.filter((alert) => alert.status === 'resolved').length,
    };
    return { report, latencies, counted };
  } finally {
    await node.close();
  }
}

async function alertmanagerRun(dataDir: string, stormToPost: Storm) {
  const alertmanager = await startAlertmanager(dataDir);
  if (!alertmanager) return undefined;
  try {
    const now = new Date();
    const bodies = stormToPost.requests.map((requests) =>
      requests.map((events) => alertmanagerApiBody(events, now)),
    );
    return await runClients(`${alertmanager.url}/api/v2/alerts`, bodies);
  } finally {
    await alertmanager.stop();
  }
}

const perSecond = (report: ClientsReport) =>
  Math.round((ALERTS / (report.finishedAt - report.startedAt)) * 1000);

const root = mkdtempSync(path.join(tmpdir(), 'lantern-bench-alerts-'));
console.log(
  `Lantern alert storm (${quick ? 'quick' : 'full'}): ${ALERTS} alerts, ${CLIENTS} clients, node ${process.version}`,
);
try {
  mkdirSync(path.join(root, 'lantern'));
  mkdirSync(path.join(root, 'alertmanager'));
  const lantern = await lanternRun(path.join(root, 'lantern'));
  const alertmanager = await alertmanagerRun(path.join(root, 'alertmanager'), storm);
  const rate = perSecond(lantern.report);
  const p95 = percentile(lantern.latencies, 95);
  const countsMatch = JSON.stringify(lantern.counted) === JSON.stringify(storm.truth);
  const goals: BenchGoal[] = [
    {
      name: 'durable accepted alerts per second (8 clients, 10 alerts per request)',
      value: rate,
      unit: 'alerts/s',
      goal: 5000,
      met: rate >= 5000,
    },
    {
      name: `p95 POST → visible in a live query (${lantern.latencies.length} probes)`,
      value: p95,
      unit: 'ms',
      goal: 500,
      met: p95 < 500,
    },
    {
      name: 'stored alerts, episodes and states equal the generated truth',
      value: countsMatch ? 1 : 0,
      unit: 'bool',
      goal: 1,
      met: countsMatch,
    },
  ];
  const alertmanagerRate = alertmanager ? perSecond(alertmanager) : undefined;
  console.table(
    goals.map((g) => ({
      goal: g.name,
      value: g.value,
      unit: g.unit,
      target: g.unit === 'ms' ? `< ${g.goal}` : `≥ ${g.goal}`,
      met: g.met,
    })),
  );
  console.table({
    lantern: {
      'alerts/s': rate,
      requests: lantern.report.requests,
      failures: lantern.report.failures.length,
      p50ms: percentile(lantern.latencies, 50),
      p95ms: p95,
    },
    alertmanager: {
      'alerts/s': alertmanagerRate ?? 'not installed',
      requests: alertmanager?.requests,
      failures: alertmanager?.failures.length,
    },
  });
  console.table({ truth: storm.truth, stored: lantern.counted });
  if (alertmanagerRate)
    console.log(
      `Lantern / Alertmanager accepted-alert rate: ${(rate / alertmanagerRate).toFixed(2)}`,
    );
  if (lantern.report.failures.length > 0)
    console.log('first failures', lantern.report.failures.slice(0, 3));
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(
    resultsFile,
    `${JSON.stringify(
      {
        mode: quick ? 'quick' : 'full',
        alerts: ALERTS,
        clients: CLIENTS,
        truth: storm.truth,
        stored: lantern.counted,
        lantern: {
          alertsPerSecond: rate,
          p50Ms: percentile(lantern.latencies, 50),
          p95Ms: p95,
          failures: lantern.report.failures.length,
        },
        alertmanager: alertmanager
          ? { alertsPerSecond: alertmanagerRate, failures: alertmanager.failures.length }
          : null,
        ratio: alertmanagerRate ? rate / alertmanagerRate : null,
        goals,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWrote ${path.relative(process.cwd(), resultsFile)}`);
  if (!countsMatch) process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
