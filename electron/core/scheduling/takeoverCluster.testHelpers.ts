import { mkdirSync, writeFileSync } from 'node:fs';
import {
  freePort,
  Relay,
  startSyncNode,
  temporaryFolder,
  until,
  type SyncNodeLaunch,
  type SyncNodeProcess,
} from '../sync/syncProcess.testHelpers.ts';

/**
 * Three (or more) headless nodes as real processes, every pair connected
 * (node i dials every node j < i through a relay), node 0 holding the demo
 * workspace. Used by the takeover process tests and `npm run bench:paging`.
 */
export interface TakeoverCluster {
  nodes: SyncNodeProcess[];
  /** Each node's id (from its sync status), by index. */
  ids: string[];
  restart(index: number, env?: Record<string, string>): Promise<SyncNodeProcess>;
  close(): Promise<void>;
}

export interface TakeoverClusterOptions {
  count?: number;
  /** Scheduler lease flags; absent: the node's defaults (90 s + 30 s margin). */
  lease?: { leaseMs: number; skewMarginMs: number };
  /** Per-node environment (test hooks), by index. */
  env?: Record<number, Record<string, string>>;
  /** Written into each node's data folder before it starts (e.g. communications.json). */
  files?: Record<string, string>;
}

export async function takeoverCluster(
  options: TakeoverClusterOptions = {},
): Promise<TakeoverCluster> {
  const count = options.count ?? 3;
  const folder = temporaryFolder();
  const relays: Relay[] = [];
  const started: SyncNodeProcess[] = [];
  const syncPorts = await Promise.all(Array.from({ length: count }, () => freePort()));
  const httpPorts = await Promise.all(Array.from({ length: count }, () => freePort()));
  const launches: SyncNodeLaunch[] = [];
  for (let i = 0; i < count; i++) {
    const peers: number[] = [];
    for (let j = 0; j < i; j++) {
      const relay = await new Relay(syncPorts[j] ?? 0).listen();
      relays.push(relay);
      peers.push(relay.port);
    }
    const dataDir = `${folder.path}/node${i}`;
    mkdirSync(dataDir, { recursive: true });
    for (const [name, text] of Object.entries(options.files ?? {}))
      writeFileSync(`${dataDir}/${name}`, text);
    launches.push({
      name: `node${i}`,
      dataDir,
      httpPort: httpPorts[i] ?? 0,
      syncPort: syncPorts[i] ?? 0,
      peers,
      demo: i === 0,
      // Three nodes start on a shared machine; the limit only stops a hung start.
      startTimeoutMs: 180_000,
      ...(options.lease
        ? {
            extraArgs: [
              '--lease-ms',
              String(options.lease.leaseMs),
              '--lease-skew-ms',
              String(options.lease.skewMarginMs),
            ],
          }
        : {}),
      ...(options.env?.[i] ? { env: options.env[i] } : {}),
    });
  }
  const close = async () => {
    await Promise.all(started.map((node) => node.kill()));
    await Promise.all(relays.map((relay) => relay.close()));
    folder.remove();
  };
  try {
    const nodes: SyncNodeProcess[] = [];
    for (const launch of launches) {
      const node = await startSyncNode(launch);
      nodes.push(node);
      started.push(node);
    }
    const ids = await Promise.all(nodes.map(nodeIdOf));
    await until(
      async () => (await Promise.all(nodes.map(connectedPeers))).every((n) => n === count - 1),
      'every node connected to every other',
    );
    return {
      nodes,
      ids,
      async restart(index, env) {
        const launch = launches[index];
        if (!launch) throw new Error(`no node ${index}`);
        const { env: _armed, ...unarmed } = launch;
        const node = await startSyncNode({ ...unarmed, ...(env ? { env } : {}) });
        nodes[index] = node;
        started.push(node);
        return node;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

async function nodeIdOf(node: SyncNodeProcess): Promise<string> {
  return (await node.api<{ nodeId: string }>('GET', '/api/v1/sync/status')).body.nodeId;
}

async function connectedPeers(node: SyncNodeProcess): Promise<number> {
  const status = await node.api<{ peers: { connected: boolean }[] }>('GET', '/api/v1/sync/status');
  return status.body.peers.filter((peer) => peer.connected).length;
}

/** The node ids of the survivors, lowest first: the rule's taker is the first. */
export function expectedTaker(ids: string[], lost: number): string {
  const [taker] = ids.filter((_, index) => index !== lost).sort();
  if (!taker) throw new Error('no survivor');
  return taker;
}
