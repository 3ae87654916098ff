import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  freePort,
  Relay,
  startSyncNode,
  temporaryFolder,
  until,
  type SyncNodeLaunch,
  type SyncNodeProcess,
} from './syncProcess.testHelpers.ts';

/** The value, or a failed test when it is missing. */
function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

type Digest = Record<string, { count: number; sha256: string }>;
type Status = { isolated: boolean; unacknowledgedChanges: number; peers: { connected: boolean }[] };

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

interface Cluster {
  launches: SyncNodeLaunch[];
  nodes: SyncNodeProcess[];
  relays: Relay[];
  restart(index: number): Promise<void>;
}

/**
 * `count` nodes; node i dials every node j < i through its own relay. Node 0
 * holds the demo workspace; skews are the nodes' clock offsets.
 */
async function cluster(count: number, skews: number[]): Promise<Cluster> {
  const folder = temporaryFolder();
  cleanup.push(() => folder.remove());
  const syncPorts = await Promise.all(Array.from({ length: count }, () => freePort()));
  const httpPorts = await Promise.all(Array.from({ length: count }, () => freePort()));
  const relays: Relay[] = [];
  const launches: SyncNodeLaunch[] = [];
  for (let i = 0; i < count; i++) {
    const peers: number[] = [];
    for (let j = 0; j < i; j++) {
      const relay = await new Relay(must(syncPorts[j])).listen();
      relays.push(relay);
      cleanup.push(() => relay.close());
      peers.push(relay.port);
    }
    launches.push({
      name: `node${i}`,
      dataDir: `${folder.path}/node${i}`,
      httpPort: must(httpPorts[i]),
      syncPort: must(syncPorts[i]),
      peers,
      demo: i === 0,
      skewMs: skews[i] ?? 0,
    });
  }
  const nodes: SyncNodeProcess[] = [];
  const started: SyncNodeProcess[] = [];
  cleanup.push(() => Promise.all(started.map((n) => n.stop())).then(() => undefined));
  for (const launch of launches) {
    const node = await startSyncNode(launch);
    nodes.push(node);
    started.push(node);
  }
  return {
    launches,
    nodes,
    relays,
    async restart(index) {
      nodes[index] = await startSyncNode(must(launches[index]));
      started.push(nodes[index]);
    },
  };
}

async function digests(nodes: SyncNodeProcess[]): Promise<string[]> {
  return Promise.all(
    nodes.map(async (n) =>
      JSON.stringify((await n.api<Digest>('GET', '/api/v1/sync/digest')).body),
    ),
  );
}

let lastDifference = '';

async function converged(nodes: SyncNodeProcess[]): Promise<boolean> {
  const statuses = await Promise.all(nodes.map((n) => n.api<Status>('GET', '/api/v1/sync/status')));
  const all = await digests(nodes);
  lastDifference = nodes
    .map(
      (n, i) =>
        `${n.name}: isolated=${statuses[i]?.body.isolated} unacknowledged=${statuses[i]?.body.unacknowledgedChanges} digest=${all[i]}`,
    )
    .join('\n');
  if (statuses.some((s) => s.body.isolated || s.body.unacknowledgedChanges > 0)) return false;
  return all.every((d) => d === all[0]);
}

/** Wait for convergence; on a hang, say what still differed. */
async function untilConverged(nodes: SyncNodeProcess[], what: string): Promise<void> {
  try {
    await until(() => converged(nodes), what, 150_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${lastDifference}`, { cause: error });
  }
}

async function declare(node: SyncNodeProcess, title: string): Promise<string> {
  const response = await node.api<{ id: string }>('POST', '/api/v1/incidents', {
    title,
    severity: 'SEV3',
  });
  expect(response.status).toBe(201);
  return response.body.id;
}

async function note(node: SyncNodeProcess, incidentId: string, text: string): Promise<string> {
  const response = await node.api<{ id: string }>(
    'POST',
    `/api/v1/incidents/${incidentId}/timeline`,
    {
      text,
    },
  );
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id;
}

async function timelineIds(node: SyncNodeProcess, incidentId: string): Promise<Set<string>> {
  const response = await node.api<{ id: string }[]>(
    'GET',
    `/api/v1/incidents/${incidentId}/timeline`,
  );
  return new Set(response.body.map((entry) => entry.id));
}

// Peers' clocks may differ by up to five minutes (peerAcceptance.ts); these spread four.
const TWO_MINUTES = 2 * 60 * 1000;

describe('peer sync between real node processes', () => {
  it('three nodes, clocks ±2 min apart: partitioned edits, a stopped node and a node killed mid-sync all converge with nothing acknowledged lost', async () => {
    const c = await cluster(3, [TWO_MINUTES, 0, -TWO_MINUTES]);
    const [a, b] = c.nodes as [SyncNodeProcess, SyncNodeProcess, SyncNodeProcess];
    await untilConverged(c.nodes, 'first sync of the demo workspace');
    const shared = await declare(a, 'Shared outage');
    await until(
      async () => (await timelineIds(must(c.nodes[2]), shared)).size > 0,
      'shared incident on C',
    );

    // Partition: every link cut. Each node keeps working on its own.
    for (const relay of c.relays) relay.cut();
    await until(
      async () =>
        (await Promise.all(c.nodes.map((n) => n.api<Status>('GET', '/api/v1/sync/status')))).every(
          (s) => s.body.isolated,
        ),
      'every node isolated',
    );
    const acknowledged: { incident: string; entry: string }[] = [];
    const own: string[] = [];
    for (const [i, node] of c.nodes.entries()) {
      own.push(await declare(node, `Local incident on node ${i}`));
      for (let k = 0; k < 5; k++)
        acknowledged.push({
          incident: shared,
          entry: await note(node, shared, `node ${i} note ${k}`),
        });
    }
    const statusChange = await a.api('POST', `/api/v1/incidents/${shared}/status`, {
      status: 'investigating',
    });
    expect(statusChange.status).toBe(200);

    // C stops while cut off; A and B heal; B is killed while it is sending a burst.
    await must(c.nodes[2]).stop();
    must(c.relays[0]).heal();
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, k) => note(b, shared, `burst ${k}`)),
    );
    for (const entry of burst) acknowledged.push({ incident: shared, entry });
    await b.kill();

    await c.restart(1);
    await c.restart(2);
    for (const relay of c.relays) relay.heal();
    await untilConverged(c.nodes, 'all three converge after healing');

    for (const node of c.nodes) {
      const ids = await timelineIds(node, shared);
      for (const { entry } of acknowledged)
        expect(ids.has(entry), `${node.name} has ${entry}`).toBe(true);
      for (const id of own)
        expect((await node.api('GET', `/api/v1/incidents/${id}`)).status).toBe(200);
      const incident = await node.api<{ status: string }>('GET', `/api/v1/incidents/${shared}`);
      expect(incident.body.status).toBe('investigating');
    }
    // Peers leaving (the cut) and joining again reach the shared incident's timeline on every
    // node: as one note each, or, when they came within a minute of the last note, as the
    // summary line written when that minute ends.
    const leftNote = /^Peer .* left|^Peers joined or left/;
    const joinedNote = /^Peer .* joined|^Peers joined or left/;
    for (const node of c.nodes)
      await until(
        async () => {
          const texts = (
            await node.api<{ text: string; kind: string }[]>(
              'GET',
              `/api/v1/incidents/${shared}/timeline`,
            )
          ).body
            .filter((entry) => entry.kind === 'system')
            .map((entry) => entry.text);
          return (
            texts.some((text) => leftNote.test(text)) && texts.some((text) => joinedNote.test(text))
          );
        },
        `peer changes noted on ${node.name}`,
        150_000,
      );
  }, 450_000);

  it('five nodes edit concurrently while split in two, one is SIGKILLed and restarted; all converge', async () => {
    const c = await cluster(5, [0, TWO_MINUTES, -TWO_MINUTES, 60_000, -60_000]);
    await untilConverged(c.nodes, 'first sync of five nodes');
    const shared = await declare(must(c.nodes[0]), 'Five-node incident');
    await until(
      async () => (await timelineIds(must(c.nodes[4]), shared)).size > 0,
      'shared on node 4',
    );
    // Split {0,1} | {2,3,4}: cut every relay between the halves.
    const launches = c.launches;
    const side = (i: number) => (i < 2 ? 0 : 1);
    let r = 0;
    for (let i = 0; i < launches.length; i++)
      for (let j = 0; j < i; j++) {
        if (side(i) !== side(j)) must(c.relays[r]).cut();
        r++;
      }
    const written: string[] = [];
    await Promise.all(
      c.nodes.map(async (node, i) => {
        for (let k = 0; k < 10; k++) written.push(await note(node, shared, `node ${i} entry ${k}`));
      }),
    );
    await must(c.nodes[3]).kill();
    await c.restart(3);
    for (const relay of c.relays) relay.heal();
    await untilConverged(c.nodes, 'five nodes converge');
    for (const node of c.nodes) {
      const ids = await timelineIds(node, shared);
      for (const id of written) expect(ids.has(id)).toBe(true);
    }
  }, 300_000);

  it('an escalation pages only from the node that started it, and an acknowledgement on a peer stops it', async () => {
    // Node 1 runs 2 minutes ahead (past the 1-minute ack timeout): were it allowed, its scheduler would escalate at once.
    const c = await cluster(2, [0, TWO_MINUTES]);
    const [a, b] = c.nodes as [SyncNodeProcess, SyncNodeProcess];
    const policy = {
      id: 'sync-payments-short',
      name: 'Sync test payments policy',
      serviceIds: ['payments-gateway'],
      severities: ['SEV1'],
      levels: [
        { targets: [{ kind: 'rotation', rotationId: 'payments-primary' }], ackTimeoutMinutes: 1 },
        { targets: [{ kind: 'person', personId: 'oliver-hughes' }], ackTimeoutMinutes: 60 },
      ],
    };
    const adopted = await a.api('POST', '/api/v1/commands/adoptFramework', {
      input: { kind: 'escalationPolicy', name: policy.name, definition: policy },
    });
    expect(adopted.status).toBe(200);
    const declared = await a.api<{ id: string }>(
      'POST',
      '/api/v1/incidents',
      { title: 'Card payments failing', severity: 'SEV1', serviceIds: ['payments-gateway'] },
      'kevin-murphy',
    );
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    const incidentId = declared.body.id;
    type Escalation = {
      id: string;
      status: string;
      ownerNodeId?: string;
      state: { levelIndex?: number };
    };
    const escalationsOn = async (node: SyncNodeProcess) =>
      (await node.api<Escalation[]>('GET', `/api/v1/incidents/${incidentId}/escalations`)).body;
    await until(async () => (await escalationsOn(b)).length === 1, 'escalation on the peer');
    await untilConverged(c.nodes, 'both nodes hold the escalation');
    // B's scheduler saw the escalation (and, with its clock, level 1 long overdue) but left it to A.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const [escalation] = await escalationsOn(b);
    expect(escalation?.ownerNodeId).toBeDefined();
    expect(escalation?.state.levelIndex ?? 0).toBe(0);
    const beforeAck = (
      await a.api<{ kind: string; text: string }[]>(
        'GET',
        `/api/v1/incidents/${incidentId}/timeline`,
      )
    ).body;
    expect(beforeAck.some((entry) => /escalated to level 2/.test(entry.text))).toBe(false);

    const ack = await b.api(
      'POST',
      `/api/v1/escalations/${escalation?.id}/acknowledge`,
      undefined,
      'kevin-murphy',
    );
    expect(ack.status, JSON.stringify(ack.body)).toBe(200);
    await until(
      async () => (await escalationsOn(a))[0]?.status === 'acknowledged',
      'the acknowledgement reaches the owner',
    );
    await untilConverged(c.nodes, 'nodes converge after the acknowledgement');
    const timeline = (
      await a.api<{ kind: string; text: string }[]>(
        'GET',
        `/api/v1/incidents/${incidentId}/timeline`,
      )
    ).body.filter((entry) => entry.kind === 'escalation');
    // B's acknowledgement first takes the steps due by B's own clock, as acknowledgePage does.
    expect((await escalationsOn(b))[0]?.status).toBe('acknowledged');
    expect(timeline.some((entry) => /^Acknowledged by/.test(entry.text))).toBe(true);
  }, 300_000);

  it('a new node joins with a join code: the peer it names, the secret and the pinned certificate', async () => {
    const c = await cluster(1, [0]);
    const [a] = c.nodes as [SyncNodeProcess];
    const join = await a.api<{ code: string; fingerprint: string; qrDataUrl: string }>(
      'GET',
      '/api/v1/sync/join-code',
      undefined,
      'yusuf-demir',
    );
    expect(join.status).toBe(200);
    expect(join.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const folder = temporaryFolder();
    cleanup.push(() => folder.remove());
    const b = await startSyncNode({
      name: 'joiner',
      dataDir: `${folder.path}/joiner`,
      httpPort: await freePort(),
      syncPort: await freePort(),
      peers: [],
      joinCode: join.body.code,
    });
    cleanup.push(() => b.stop());
    await untilConverged([a, b], 'the joined node holds the workspace');
    const pins = JSON.parse(readFileSync(`${folder.path}/joiner/sync-pins.json`, 'utf8')) as Record<
      string,
      string
    >;
    expect(Object.values(pins)).toEqual([join.body.fingerprint]);
  }, 120_000);
});
