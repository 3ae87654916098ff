// Peer-sync benchmark: `npm run bench:sync`. Three headless nodes on
// loopback (full mesh, each link through a relay the benchmark can cut),
// then PouchDB replicating the same documents over HTTP for comparison.
// Prints a table and writes bench/results/sync.json with a `goals` array.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printGoalTable } from './goalTable.ts';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb';
import {
  freePort,
  Relay,
  startSyncNode,
  temporaryFolder,
  type SyncNodeProcess,
} from '../electron/core/sync/syncProcess.testHelpers.ts';

/** The value, or a failed test when it is missing. */
function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

const resultsFile = fileURLToPath(new URL('./results/sync.json', import.meta.url));
const BULK = Number(process.env.LANTERN_BENCH_SYNC_DOCS ?? 10_000);
const PARTITION_EACH = Number(process.env.LANTERN_BENCH_SYNC_PARTITION ?? 2_000);
const LATENCY_SAMPLES = 40;
const IN_FLIGHT = 16;

type Digest = Record<string, { count: number; sha256: string }>;
type Status = { isolated: boolean; unacknowledgedChanges: number };

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function converged(nodes: SyncNodeProcess[]): Promise<boolean> {
  const statuses = await Promise.all(nodes.map((n) => n.api<Status>('GET', '/api/v1/sync/status')));
  if (statuses.some((s) => s.body.isolated || s.body.unacknowledgedChanges > 0)) return false;
  const digests = await Promise.all(
    nodes.map(async (n) =>
      JSON.stringify((await n.api<Digest>('GET', '/api/v1/sync/digest')).body),
    ),
  );
  return digests.every((d) => d === digests[0]);
}

async function waitConverged(nodes: SyncNodeProcess[], since: number): Promise<number> {
  for (;;) {
    if (await converged(nodes)) return performance.now() - since;
    if (performance.now() - since > 600_000)
      throw new Error('nodes did not converge in 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function declare(node: SyncNodeProcess, title: string): Promise<string> {
  const reply = await node.api<{ id: string }>('POST', '/api/v1/incidents', {
    title,
    severity: 'SEV3',
  });
  if (reply.status !== 201) throw new Error(`declare failed: ${JSON.stringify(reply.body)}`);
  return reply.body.id;
}

/** `count` timeline entries on one node, IN_FLIGHT requests at a time. */
async function writeEntries(
  node: SyncNodeProcess,
  incidentId: string,
  count: number,
  label: string,
) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const k = next++;
      const reply = await node.api('POST', `/api/v1/incidents/${incidentId}/timeline`, {
        text: `${label} entry ${k}: generator load ${k % 97}%`,
      });
      if (reply.status !== 201) throw new Error(`write failed: ${JSON.stringify(reply.body)}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, clock ticks
}

function memoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: round(kb('VmRSS') / 1024), peak: round(kb('VmHWM') / 1024) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function lanternRun() {
  const folder = temporaryFolder();
  const syncPorts = await Promise.all([0, 1, 2].map(() => freePort()));
  const httpPorts = await Promise.all([0, 1, 2].map(() => freePort()));
  const relays: Relay[] = [];
  const nodes: SyncNodeProcess[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const peers: number[] = [];
      for (let j = 0; j < i; j++) {
        const relay = await new Relay(must(syncPorts[j])).listen();
        relays.push(relay);
        peers.push(relay.port);
      }
      nodes.push(
        await startSyncNode({
          name: `node${i}`,
          dataDir: path.join(folder.path, `node${i}`),
          httpPort: must(httpPorts[i]),
          syncPort: must(syncPorts[i]),
          peers,
          demo: i === 0,
        }),
      );
    }
    const [a, , c] = nodes as [SyncNodeProcess, SyncNodeProcess, SyncNodeProcess];
    const cpuBefore = nodes.map((n) => cpuSeconds(n.pid));
    const started = performance.now();
    await waitConverged(nodes, performance.now());

    // 1. Bulk: A writes BULK entries while cut off; time from healing to identical nodes.
    const bulkIncident = await declare(a, 'Bulk load');
    await waitConverged(nodes, performance.now());
    for (const relay of relays) relay.cut();
    const writeStart = performance.now();
    await writeEntries(a, bulkIncident, BULK, 'bulk');
    const writeMs = performance.now() - writeStart;
    const healBulk = performance.now();
    for (const relay of relays) relay.heal();
    const bulkConvergeMs = await waitConverged(nodes, healBulk);
    console.error(
      `bulk: wrote ${BULK} in ${round(writeMs)} ms, converged ${round(bulkConvergeMs)} ms after healing`,
    );

    // 2. Partition: every node writes PARTITION_EACH while all links are cut.
    const partitionIncident = await declare(a, 'Partition load');
    await waitConverged(nodes, performance.now());
    for (const relay of relays) relay.cut();
    await Promise.all(
      nodes.map((n, i) => writeEntries(n, partitionIncident, PARTITION_EACH, `node ${i}`)),
    );
    const healPartition = performance.now();
    for (const relay of relays) relay.heal();
    const partitionConvergeMs = await waitConverged(nodes, healPartition);
    console.error(`partition: converged ${round(partitionConvergeMs)} ms after healing`);

    // 3. Steady-state latency of one timeline entry from A to C.
    const latencyIncident = await declare(a, 'Latency probe');
    await waitConverged(nodes, performance.now());
    const latencies: number[] = [];
    for (let k = 0; k < LATENCY_SAMPLES; k++) {
      const text = `probe ${k}`;
      const sent = performance.now();
      const reply = await a.api<{ id: string }>(
        'POST',
        `/api/v1/incidents/${latencyIncident}/timeline`,
        {
          text,
        },
      );
      for (;;) {
        const seen = await c.api<{ id: string }[]>(
          'GET',
          `/api/v1/incidents/${latencyIncident}/timeline`,
        );
        if (seen.body.some((entry) => entry.id === reply.body.id)) break;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      latencies.push(performance.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    latencies.sort((x, y) => x - y);
    const cpu = nodes.map((n, i) => round(cpuSeconds(n.pid) - must(cpuBefore[i]), 2));
    const memory = nodes.map((n) => memoryMb(n.pid));
    const digest = (await a.api<Digest>('GET', '/api/v1/sync/digest')).body;
    return {
      bulkDocuments: BULK,
      bulkWriteMs: round(writeMs),
      bulkConvergeMs: round(bulkConvergeMs),
      partitionDocumentsPerNode: PARTITION_EACH,
      partitionConvergeMs: round(partitionConvergeMs),
      latencyMs: {
        samples: latencies.length,
        median: round(percentile(latencies, 50)),
        p95: round(percentile(latencies, 95)),
      },
      perNode: nodes.map((n, i) => ({
        node: n.name,
        cpuSeconds: must(cpu[i]),
        rssMb: must(memory[i]).rss,
        peakRssMb: must(memory[i]).peak,
      })),
      wallSeconds: round((performance.now() - started) / 1000),
      documentsPerNode: Object.fromEntries(Object.entries(digest).map(([k, v]) => [k, v.count])),
    };
  } catch (error) {
    for (const node of nodes) console.error(`--- ${node.name}\n${node.output().slice(-3000)}`);
    throw error;
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
    for (const relay of relays) await relay.close();
    folder.remove();
  }
}

/** The same number of timeline-shaped documents, PouchDB to PouchDB over HTTP (express-pouchdb). */
async function pouchRun(): Promise<{ documents: number; replicateMs: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lantern-bench-pouch-'));
  const Prefixed = PouchDB.defaults({ prefix: `${dir}/` });
  const app = expressPouchDB(Prefixed, { mode: 'minimumForPouchDB', logPath: `${dir}/log.txt` });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const port = (server.address() as { port: number }).port;
    const source = new Prefixed('source');
    for (let start = 0; start < BULK; start += 1000) {
      await source.bulkDocs(
        Array.from({ length: Math.min(1000, BULK - start) }, (_, i) => ({
          _id: `tl-${String(start + i).padStart(6, '0')}`,
          incidentId: 'inc-bench',
          at: new Date().toISOString(),
          kind: 'note',
          text: `bulk entry ${start + i}: generator load ${(start + i) % 97}%`,
          actorId: 'api',
          nodeId: 'node-bench',
          starred: false,
        })),
      );
    }
    const target = new Prefixed('target');
    const began = performance.now();
    await PouchDB.replicate(`http://127.0.0.1:${port}/source`, target, { batch_size: 500 });
    const replicateMs = performance.now() - began;
    const info = await target.info();
    if (info.doc_count !== BULK) throw new Error(`PouchDB replicated ${info.doc_count} of ${BULK}`);
    return { documents: BULK, replicateMs: round(replicateMs) };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

const lantern = await lanternRun();
const pouch = await pouchRun();
const ratio = round(lantern.bulkConvergeMs / pouch.replicateMs, 2);
const goals = [
  {
    name: `${BULK} documents written on one node converge on three nodes`,
    value: lantern.bulkConvergeMs,
    unit: 'ms',
    goal: 10_000,
    met: lantern.bulkConvergeMs < 10_000,
  },
  {
    name: 'one timeline entry reaches the third node (p95)',
    value: lantern.latencyMs.p95,
    unit: 'ms',
    goal: 300,
    met: lantern.latencyMs.p95 < 300,
  },
];
const report = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  lantern,
  pouchdb: pouch,
  ratioToPouchDb: ratio,
  goals,
};
mkdirSync(path.dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, JSON.stringify(report, null, 2) + '\n');

console.log('\nPeer sync, 3 nodes on loopback');
console.table({
  [`converge after ${BULK} docs on one node`]: { value: lantern.bulkConvergeMs, unit: 'ms' },
  [`  (writing them took)`]: { value: lantern.bulkWriteMs, unit: 'ms' },
  [`converge after partition, ${PARTITION_EACH} docs each`]: {
    value: lantern.partitionConvergeMs,
    unit: 'ms',
  },
  ['entry A→C median']: { value: lantern.latencyMs.median, unit: 'ms' },
  ['entry A→C p95']: { value: lantern.latencyMs.p95, unit: 'ms' },
  [`PouchDB→PouchDB over HTTP, ${BULK} docs`]: { value: pouch.replicateMs, unit: 'ms' },
  ['Lantern / PouchDB (bulk)']: { value: ratio, unit: 'x' },
});
console.table(lantern.perNode);
printGoalTable(goals);
console.log(`results: ${resultsFile}`);
