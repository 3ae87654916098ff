import { connect, type NatsConnection } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CollectionName } from '../../../../shared/store/layout.ts';
import {
  freePort,
  Relay,
  startSyncNode,
  temporaryFolder,
  TEST_SECRET,
  until,
  type SyncNodeLaunch,
  type SyncNodeProcess,
} from '../syncProcess.testHelpers.ts';
import { hubNames, hubSubject, layoutTag, openEnvelope, sealEnvelope } from './hubEnvelope.ts';
import {
  declare,
  digest,
  must,
  note,
  status,
  timeline,
  untilConverged,
} from './hubTestNodes.testHelpers.ts';
import {
  natsServerInstalled,
  startNatsCluster,
  type NatsCluster,
} from './natsCluster.testHelpers.ts';

if (!natsServerInstalled) console.warn('hub tests skipped: /usr/sbin/nats-server is not installed');

/**
 * Two sites through a real three-server JetStream cluster. Site A: a1 on the
 * hub and the LAN, a2 on the LAN only. Site B: b1 and b2 on the hub and
 * their LAN. Each site reaches each hub server through its own relay, so a
 * site can be cut off from the hub while the hub stays up.
 */
const users = {
  a1: { user: 'site-a-1', password: 'a1-password-long-enough' },
  b1: { user: 'site-b-1', password: 'b1-password-long-enough' },
  b2: { user: 'site-b-2', password: 'b2-password-long-enough' },
  forger: { user: 'insider', password: 'insider-password-long' },
};
const otherWorkspace = { user: 'other-ws', password: 'other-ws-password' };

let hub: NatsCluster;
const relays: Record<'A' | 'B', Relay[]> = { A: [], B: [] };
const launches: SyncNodeLaunch[] = [];
const nodes: SyncNodeProcess[] = [];
const folder = temporaryFolder();

function hubArgs(site: 'A' | 'B', user: { user: string; password: string }): string[] {
  return [
    ...relays[site].flatMap((relay) => ['--hub', `nats://127.0.0.1:${relay.port}`]),
    '--hub-user',
    user.user,
    '--hub-password',
    user.password,
  ];
}

async function launch(name: string, peers: number[], extraArgs: string[], demo = false) {
  const entry: SyncNodeLaunch = {
    name,
    dataDir: `${folder.path}/${name}`,
    httpPort: await freePort(),
    syncPort: await freePort(),
    peers,
    demo,
    extraArgs,
  };
  launches.push(entry);
  nodes.push(await startSyncNode(entry));
  return entry;
}

const a1 = () => must(nodes[0]);
const a2 = () => must(nodes[1]);
const b1 = () => must(nodes[2]);
const b2 = () => must(nodes[3]);

describe.skipIf(!natsServerInstalled)('two sites through a NATS JetStream hub', () => {
  beforeAll(async () => {
    hub = await startNatsCluster({
      LANTERN: Object.values(users),
      OTHER: [otherWorkspace],
    });
    await hub.ready(users.a1);
    for (const site of ['A', 'B'] as const)
      for (const port of hub.ports) relays[site].push(await new Relay(port).listen());
    const first = await launch('a1', [], hubArgs('A', users.a1), true);
    await launch('a2', [first.syncPort], []);
    const b = await launch('b1', [], hubArgs('B', users.b1));
    await launch('b2', [b.syncPort], hubArgs('B', users.b2));
  }, 180_000);

  afterAll(async () => {
    for (const node of nodes) await node.stop();
    for (const relay of [...relays.A, ...relays.B]) await relay.close();
    await hub?.close();
    folder.remove();
  }, 60_000);

  it('both sites converge through the hub; the hub shows Live with nothing pending', async () => {
    await untilConverged(nodes, 'the demo workspace on all four nodes');
    const incident = await declare(b2(), 'Declared at site B');
    await untilConverged(nodes, 'an incident from site B everywhere');
    expect((await timeline(a2(), incident)).size).toBeGreaterThan(0);
    const hubStatus = must((await status(a1())).hub);
    expect(hubStatus.state).toBe('live');
    expect(hubStatus.pendingChanges).toBe(0);
    expect((await status(a2())).hub).toBeUndefined();
  }, 240_000);

  it('a hub server killed with SIGKILL mid-stream: the cluster keeps quorum, nothing is lost', async () => {
    const incident = await declare(a1(), 'Burst through a failing hub');
    await until(
      async () => (await b1().api('GET', `/api/v1/incidents/${incident}`)).status === 200,
      'site B has the incident',
    );
    const written: string[] = [];
    for (let k = 0; k < 60; k++) {
      if (k === 20) await hub.kill(0);
      written.push(await note(k % 2 ? a1() : b1(), incident, `burst ${k}`));
    }
    await untilConverged(nodes, 'burst everywhere after one hub server died');
    for (const node of nodes) {
      const entries = await timeline(node, incident);
      for (const id of written) expect(entries.has(id), `${node.name} has ${id}`).toBe(true);
    }
    await hub.start(0);
  }, 240_000);

  it('the whole hub stopped while both sites write, then restarted: everything converges', async () => {
    for (let i = 0; i < 3; i++) await hub.stop(i);
    await until(
      async () => (await status(a1())).hub?.state !== 'live',
      'a1 sees the hub gone (not Live)',
    );
    const incident = await declare(a1(), 'Written while the hub is down');
    const fromA = await note(a1(), incident, 'site A while the hub is down');
    const fromB = await declare(b1(), 'Site B while the hub is down');
    // Each site keeps going on its LAN.
    await until(async () => (await timeline(a2(), incident)).has(fromA), 'a2 has a1’s note');
    await until(
      async () => (await b2().api('GET', `/api/v1/incidents/${fromB}`)).status === 200,
      'b2 has b1’s incident',
    );
    expect((await a1().api('GET', `/api/v1/incidents/${fromB}`)).status).toBe(404);
    for (let i = 0; i < 3; i++) await hub.start(i);
    await untilConverged(nodes, 'both sites after the hub came back');
    expect((await a2().api('GET', `/api/v1/incidents/${fromB}`)).status).toBe(200);
  }, 300_000);

  it('a site cut off from the hub keeps syncing peer to peer and catches up when it returns', async () => {
    for (const relay of relays.A) relay.cut();
    await until(async () => (await status(a1())).hub?.state !== 'live', 'site A off the hub');
    const incident = await declare(a2(), 'Site A alone');
    const fromB = await declare(b2(), 'Site B on the hub');
    await until(
      async () => (await a1().api('GET', `/api/v1/incidents/${incident}`)).status === 200,
      'a1 has a2’s incident by peer sync',
    );
    await until(
      async () => (await b1().api('GET', `/api/v1/incidents/${fromB}`)).status === 200,
      'b1 has b2’s incident',
    );
    const a1Hub = must((await status(a1())).hub);
    expect(a1Hub.state).not.toBe('live');
    expect(a1Hub.pendingChanges).toBeGreaterThan(0);
    for (const relay of relays.A) relay.heal();
    await untilConverged(nodes, 'site A back on the hub');
  }, 240_000);

  it('a forged message on the stream, even one sealed with the workspace key, is refused by every node', async () => {
    const incident = await declare(a1(), 'Forgery target');
    await note(a1(), incident, 'the original words');
    await untilConverged(nodes, 'before forgery');
    const before = await Promise.all(nodes.map(digest));
    const connection = await connect({
      servers: hub.urls,
      user: users.forger.user,
      pass: users.forger.password,
    });
    try {
      const refusedBefore = await Promise.all([a1(), b1(), b2()].map(refusedCount));
      const forged = await forge(connection, incident);
      expect(forged).toBe(4);
      await until(
        async () =>
          (await Promise.all([a1(), b1(), b2()].map(refusedCount))).every(
            (count, i) => count >= must(refusedBefore[i]) + forged,
          ),
        'every hub node refused every forged message',
      );
    } finally {
      await connection.close();
    }
    await untilConverged(nodes, 'after forgery');
    expect(await Promise.all(nodes.map(digest))).toEqual(before);
    for (const node of nodes)
      expect([...(await timeline(node, incident)).values()]).toContain('the original words');
  }, 240_000);

  it('a node with wrong credentials gets nothing, and another account sees no stream', async () => {
    const stranger = await launch(
      'stranger',
      [],
      [...hubArgs('B', { user: users.b1.user, password: 'not-the-password' })],
    );
    const strangerNode = must(nodes[nodes.length - 1]);
    await until(
      async () => (await status(strangerNode)).hub?.state === 'refused',
      'the stranger is refused',
    );
    const incident = await declare(b1(), 'Not for strangers');
    await untilConverged(nodes.slice(0, 4), 'the four nodes');
    expect((await strangerNode.api('GET', `/api/v1/incidents/${incident}`)).status).toBe(404);
    expect((await status(strangerNode)).hub?.state).toBe('refused');
    expect(stranger.name).toBe('stranger');

    const other = await connect({
      servers: hub.urls,
      user: otherWorkspace.user,
      pass: otherWorkspace.password,
    });
    try {
      const manager = await other.jetstreamManager();
      await expect(manager.streams.info(hubNames(TEST_SECRET).stream)).rejects.toThrow(
        /not found/i,
      );
    } finally {
      await other.close();
    }
  }, 240_000);
});

async function refusedCount(node: SyncNodeProcess): Promise<number> {
  return (await status(node)).hub?.refusedMessages ?? 0;
}

/**
 * Publish what an insider holding NATS credentials can: bytes that are not
 * sealed, a message sealed with another workspace's key, and (holding this
 * workspace's secret too) a timeline entry rewritten and an audit entry
 * changed. Returns how many messages it published.
 */
async function forge(connection: NatsConnection, incidentId: string): Promise<number> {
  const names = hubNames(TEST_SECRET);
  const js = connection.jetstream();
  const consumer = await js.consumers.get(names.stream);
  const found: Partial<Record<CollectionName, Record<string, unknown>>> = {};
  while (!found.timeline || !found.audit) {
    const message = await consumer.next({ expires: 5_000 });
    if (!message) throw new Error('the stream ended before a timeline entry and an audit entry');
    const envelope = openEnvelope(names, message.subject, message.data);
    if (envelope.c === 'timeline' && envelope.doc.incidentId === incidentId)
      found.timeline = envelope.doc;
    if (envelope.c === 'audit') found.audit = envelope.doc;
  }
  const timelineSubject = hubSubject(names, 'timeline');
  await js.publish(timelineSubject, new TextEncoder().encode('{"not":"sealed"}'));
  await js.publish(
    timelineSubject,
    sealEnvelope(hubNames('another-workspace-secret-entirely'), timelineSubject, {
      v: 1,
      c: 'timeline',
      from: 'forger',
      layout: layoutTag(),
      doc: { ...found.timeline, text: 'words nobody wrote' },
    }),
  );
  const sealed = (c: CollectionName, doc: Record<string, unknown>) =>
    sealEnvelope(names, hubSubject(names, c), {
      v: 1,
      c,
      from: 'forger',
      layout: layoutTag(),
      doc,
    });
  await js.publish(
    timelineSubject,
    sealed('timeline', { ...found.timeline, text: 'words nobody wrote' }),
  );
  await js.publish(
    hubSubject(names, 'audit'),
    sealed('audit', { ...found.audit, actorId: 'someone-else', command: 'declareIncident' }),
  );
  return 4;
}
