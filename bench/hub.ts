// Hub benchmark: `npm run bench:hub`. NODES headless nodes (two sites) through
// a three-server NATS JetStream cluster on loopback, then the same nodes as a
// full peer mesh for comparison. Per topology: time for BULK commands written
// on one node (cut off while it writes) to reach every other node after it
// reconnects, and the latency of one timeline entry to the farthest node.
// Prints a table and writes bench/results/hub.json with a `goals` array.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printGoalTable, type BenchGoal } from './goalTable.ts';
import {
  startNatsCluster,
  natsServerInstalled,
} from '../electron/core/sync/hub/natsCluster.testHelpers.ts';
import {
  freePort,
  Relay,
  startSyncNode,
  temporaryFolder,
  type SyncNodeProcess,
} from '../electron/core/sync/syncProcess.testHelpers.ts';

const resultsFile = fileURLToPath(new URL('./results/hub.json', import.meta.url));
// 12 nodes (the two sites of six) do not fit next to other work on a
// 2-core machine: the default is 4; LANTERN_BENCH_HUB_NODES=12 runs the full size.
const NODES = Number(process.env.LANTERN_BENCH_HUB_NODES ?? 4);
const BULK = Number(process.env.LANTERN_BENCH_HUB_COMMANDS ?? 10_000);
const LATENCY_SAMPLES = Number(process.env.LANTERN_BENCH_HUB_SAMPLES ?? 40);
const IN_FLIGHT = 16;
const USER = { user: 'bench', password: 'bench-password-long-enough' };

type Digest = Record<string, { count: number; sha256: string }>;
type Status = { unacknowledgedChanges: number; hub?: { state: string; pendingChanges: number } };

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function converged(nodes: SyncNodeProcess[]): Promise<boolean> {
  const statuses = await Promise.all(nodes.map((n) => n.api<Status>('GET', '/api/v1/sync/status')));
  if (statuses.some((s) => s.body.hub && s.body.hub.pendingChanges > 0)) return false;
  const digests = await Promise.all(
    nodes.map(async (n) =>
      JSON.stringify((await n.api<Digest>('GET', '/api/v1/sync/digest')).body),
    ),
  );
  return digests.every((d) => d === digests[0]);
}

async function waitConverged(nodes: SyncNodeProcess[], since: number): Promise<number> {
  for (;;) {
    // A node too busy to answer one poll is not converged yet.
    if (await converged(nodes).catch(() => false)) return performance.now() - since;
    if (performance.now() - since > 900_000) throw new Error('no convergence in 15 minutes');
    await sleep(250);
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

async function writeEntries(node: SyncNodeProcess, incidentId: string, count: number) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const k = next++;
      const reply = await node.api('POST', `/api/v1/incidents/${incidentId}/timeline`, {
        text: `bulk entry ${k}: generator load ${k % 97}%`,
      });
      if (reply.status !== 201) throw new Error(`write failed: ${JSON.stringify(reply.body)}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** One entry on the first node; time until the last node (the other site) lists it. */
async function latencies(nodes: SyncNodeProcess[]): Promise<number[]> {
  const first = nodes[0] as SyncNodeProcess;
  const farthest = nodes[nodes.length - 1] as SyncNodeProcess;
  const incident = await declare(first, 'Latency probe');
  await waitConverged(nodes, performance.now());
  const samples: number[] = [];
  for (let k = 0; k < LATENCY_SAMPLES; k++) {
    const sent = performance.now();
    const reply = await first.api<{ id: string }>(
      'POST',
      `/api/v1/incidents/${incident}/timeline`,
      {
        text: `probe ${k}`,
      },
    );
    for (;;) {
      const seen = await farthest.api<{ id: string }[]>(
        'GET',
        `/api/v1/incidents/${incident}/timeline`,
      );
      if (seen.body.some((entry) => entry.id === reply.body.id)) break;
      await sleep(5);
    }
    samples.push(performance.now() - sent);
    await sleep(50);
  }
  return samples.sort((x, y) => x - y);
}

interface Topology {
  nodes: SyncNodeProcess[];
  /** Cut the first node off (from the hub, or from its peers) and bring it back. */
  cutFirst(): void;
  healFirst(): void;
  close(): Promise<void>;
}

async function hubTopology(folder: string): Promise<Topology> {
  const hub = await startNatsCluster({ LANTERN: [USER] });
  await hub.ready(USER);
  const firstRelays = await Promise.all(hub.ports.map((port) => new Relay(port).listen()));
  const nodes: SyncNodeProcess[] = [];
  for (let i = 0; i < NODES; i++) {
    const ports = i === 0 ? firstRelays.map((r) => r.port) : hub.ports;
    nodes.push(
      await startSyncNode({
        name: `hub-node${i}`,
        dataDir: path.join(folder, `hub-node${i}`),
        httpPort: await freePort(),
        syncPort: await freePort(),
        peers: [],
        demo: i === 0,
        extraArgs: [
          ...ports.flatMap((port) => ['--hub', `nats://127.0.0.1:${port}`]),
          ...['--hub-user', USER.user, '--hub-password', USER.password],
        ],
      }),
    );
  }
  return {
    nodes,
    cutFirst: () => firstRelays.forEach((r) => r.cut()),
    healFirst: () => firstRelays.forEach((r) => r.heal()),
    async close() {
      await Promise.all(nodes.map((n) => n.stop()));
      for (const relay of firstRelays) await relay.close();
      await hub.close();
    },
  };
}

async function meshTopology(folder: string): Promise<Topology> {
  const syncPorts = await Promise.all(Array.from({ length: NODES }, () => freePort()));
  const firstLinks: Relay[] = [];
  const nodes: SyncNodeProcess[] = [];
  for (let i = 0; i < NODES; i++) {
    const peers: number[] = [];
    for (let j = 0; j < i; j++) {
      if (j > 0) {
        peers.push(syncPorts[j] as number);
        continue;
      }
      const relay = await new Relay(syncPorts[0] as number).listen();
      firstLinks.push(relay);
      peers.push(relay.port);
    }
    nodes.push(
      await startSyncNode({
        name: `mesh-node${i}`,
        dataDir: path.join(folder, `mesh-node${i}`),
        httpPort: await freePort(),
        syncPort: syncPorts[i] as number,
        peers,
        demo: i === 0,
      }),
    );
  }
  return {
    nodes,
    cutFirst: () => firstLinks.forEach((r) => r.cut()),
    healFirst: () => firstLinks.forEach((r) => r.heal()),
    async close() {
      await Promise.all(nodes.map((n) => n.stop()));
      for (const relay of firstLinks) await relay.close();
    },
  };
}

async function run(name: string, build: (folder: string) => Promise<Topology>) {
  const folder = temporaryFolder();
  const topology = await build(folder.path);
  try {
    const { nodes } = topology;
    await waitConverged(nodes, performance.now());
    const first = nodes[0] as SyncNodeProcess;
    const incident = await declare(first, 'Bulk load');
    await waitConverged(nodes, performance.now());
    topology.cutFirst();
    const writeStart = performance.now();
    await writeEntries(first, incident, BULK);
    const writeMs = performance.now() - writeStart;
    const healed = performance.now();
    topology.healFirst();
    const bulkMs = await waitConverged(nodes, healed);
    console.error(
      `${name}: wrote ${BULK} in ${round(writeMs)} ms; all ${NODES} nodes had them ${round(bulkMs)} ms after reconnecting`,
    );
    const samples = await latencies(nodes);
    return {
      bulkWriteMs: round(writeMs),
      bulkConvergeMs: round(bulkMs),
      latencyMs: {
        samples: samples.length,
        median: round(percentile(samples, 50)),
        p95: round(percentile(samples, 95)),
      },
    };
  } catch (error) {
    for (const node of topology.nodes)
      console.error(`--- ${node.name}\n${node.output().slice(-2000)}`);
    throw error;
  } finally {
    await topology.close();
    folder.remove();
  }
}

if (!natsServerInstalled) {
  console.error('bench:hub needs /usr/sbin/nats-server (Debian package nats-server)');
  process.exit(1);
}
const hubResult = await run('hub', hubTopology);
// LANTERN_BENCH_HUB_MESH=0 skips the comparison (a loaded machine may not start 4 more nodes).
const meshResult =
  process.env.LANTERN_BENCH_HUB_MESH === '0' ? undefined : await run('mesh', meshTopology);
const goals: BenchGoal[] = [
  {
    name: `${BULK} commands on one node reach all ${NODES - 1} others through the hub`,
    value: round(hubResult.bulkConvergeMs / 1000, 2),
    unit: 's',
    goal: 15,
    met: hubResult.bulkConvergeMs < 15_000,
  },
  {
    name: 'one timeline entry to the farthest node through the hub, p95',
    value: hubResult.latencyMs.p95,
    unit: 'ms',
    goal: 500,
    met: hubResult.latencyMs.p95 < 500,
  },
];
printGoalTable(goals);
console.table([
  { topology: `hub (3 NATS servers, ${NODES} nodes)`, ...flat(hubResult) },
  ...(meshResult ? [{ topology: `full peer mesh (${NODES} nodes)`, ...flat(meshResult) }] : []),
]);
mkdirSync(path.dirname(resultsFile), { recursive: true });
writeFileSync(
  resultsFile,
  `${JSON.stringify({ nodes: NODES, commands: BULK, hub: hubResult, mesh: meshResult ?? null, goals }, null, 2)}\n`,
);
console.error(`wrote ${resultsFile}`);

function flat(result: Awaited<ReturnType<typeof run>>) {
  return {
    'write (ms)': result.bulkWriteMs,
    'reach all (ms)': result.bulkConvergeMs,
    'latency median (ms)': result.latencyMs.median,
    'latency p95 (ms)': result.latencyMs.p95,
  };
}
