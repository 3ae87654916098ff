// The node serving its storage to a renderer-like client over the storage
// WebSocket: live updates, reconnect, read-only displays and refused writes.
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { openTestClient, startTestNode, TEST_TOKEN, waitFor } from './remoteStorage.testHelpers.ts';
import type { TestClient, TestNode } from './remoteStorage.testHelpers.ts';

let node: TestNode | undefined;
let clients: TestClient[] = [];

afterEach(async () => {
  await Promise.all(clients.map((client) => client.close()));
  clients = [];
  await node?.stop();
  node = undefined;
});

async function setUp(
  options: { readOnly?: boolean } = {},
): Promise<{ node: TestNode; client: TestClient }> {
  node ??= await startTestNode();
  const client = await openTestClient(node, options);
  clients.push(client);
  return { node, client };
}

const titles = (docs: { title: string }[]): string[] => docs.map((doc) => doc.title).sort();

describe('storage WebSocket', () => {
  it('updates a reactive query in the window when the node writes', async () => {
    const { node, client } = await setUp();
    await node.database.incidents.insert({ id: 'inc-1', title: 'Payments down', severity: 1 });
    const results$ = client.database.incidents.find({ sort: [{ id: 'asc' }] }).$;
    await waitFor(results$, (docs) => docs.length === 1);

    await node.database.incidents.insert({ id: 'inc-2', title: 'VPN flapping', severity: 3 });
    const updated = await waitFor(results$, (docs) => docs.length === 2);
    expect(titles(updated)).toEqual(['Payments down', 'VPN flapping']);

    const doc = await node.database.incidents.findOne('inc-1').exec(true);
    await doc.incrementalPatch({ severity: 2 });
    const patched = await waitFor(
      client.database.incidents.findOne('inc-1').$,
      (found) => found?.severity === 2,
    );
    expect(patched?.title).toBe('Payments down');
  });

  it('reconnects by itself and catches up on what changed while it was away', async () => {
    const { node, client } = await setUp();
    await node.database.incidents.bulkInsert([
      { id: 'inc-0', title: 'Removed during the drop', severity: 2 },
      { id: 'inc-1', title: 'Before the drop', severity: 2 },
    ]);
    const results$ = client.database.incidents.find().$;
    await waitFor(results$, (docs) => docs.length === 2);
    const states: string[] = [];
    client.handle.state$.subscribe((state) => states.push(state));

    await node.restartSockets();
    await node.database.incidents.insert({ id: 'inc-2', title: 'During the drop', severity: 2 });
    await (await node.database.incidents.findOne('inc-0').exec(true)).remove();
    await waitFor(client.handle.state$, (state) => state === 'online');
    const caughtUp = await waitFor(
      results$,
      (docs) => titles(docs).join() === 'Before the drop,During the drop',
    );
    expect(caughtUp).toHaveLength(2);

    await node.database.incidents.insert({ id: 'inc-3', title: 'After the drop', severity: 2 });
    await waitFor(results$, (docs) => docs.length === 3);
    const fresh = await client.database.incidents.find({ selector: { severity: 2 } }).exec();
    expect(fresh).toHaveLength(3);
    expect(states).toContain('reconnecting');
  });

  it('refuses every write from a wall display but lets it read', async () => {
    const { node, client: wall } = await setUp({ readOnly: true });
    await node.database.incidents.insert({ id: 'inc-1', title: 'Shown on the wall', severity: 1 });
    await waitFor(wall.database.incidents.find().$, (docs) => docs.length === 1);

    await expect(
      wall.database.incidents.insert({ id: 'inc-9', title: 'Sneaky', severity: 5 }),
    ).rejects.toMatchObject({
      name: 'RemoteStorageRefusedError',
      message: expect.stringMatching(/read-only/),
    });
    expect(await node.database.incidents.count().exec()).toBe(1);
  });

  it('refuses direct document writes from a console window: changes go through commands', async () => {
    const { node, client } = await setUp();
    await expect(
      client.database.incidents.insert({ id: 'inc-9', title: 'Bypass', severity: 5 }),
    ).rejects.toMatchObject({
      name: 'RemoteStorageRefusedError',
      message: expect.stringMatching(/through commands/),
    });
    expect(await node.database.incidents.count().exec()).toBe(0);
  });

  it('drops a peer that stops answering heartbeats', async () => {
    node = await startTestNode({ heartbeatMs: 50 });
    const peer = new WebSocket(`${node.url}?token=${TEST_TOKEN}`);
    await new Promise((resolve) => peer.on('open', resolve));
    expect(node.sockets.clientCount()).toBe(1);
    peer.pause(); // a frozen peer: it reads no pings, so it sends no pongs
    await waitForCondition(() => node?.sockets.clientCount() === 0);
    expect(node.events.some((entry) => entry.event === 'remote.socket.dead')).toBe(true);
    peer.terminate();
  });

  it('answers an unauthenticated upgrade with 401', async () => {
    node = await startTestNode();
    for (const url of [node.url, `${node.url}?token=wrong`]) {
      expect(await upgradeStatus(url)).toBe(401);
    }
    expect(await upgradeStatus(node.url, { Authorization: 'Bearer wrong' })).toBe(401);
    expect(await upgradeStatus(node.url, { Authorization: `Bearer ${TEST_TOKEN}` })).toBe(101);
    expect(await upgradeStatus(`${node.url}?token=${TEST_TOKEN}&mode=admin`)).toBe(400);
  });

  it('turns away sockets beyond the connection limit with 503', async () => {
    node = await startTestNode({ maxClients: 1 });
    const first = new WebSocket(`${node.url}?token=${TEST_TOKEN}`);
    await new Promise((resolve) => first.on('open', resolve));
    expect(await upgradeStatus(`${node.url}?token=${TEST_TOKEN}`)).toBe(503);
    expect(await upgradeStatus(`${node.url}?token=wrong`)).toBe(401);
    first.terminate();
  });
});

/** HTTP status of a WebSocket upgrade: 101 when it opened. */
function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.on('error', reject);
  });
}

async function waitForCondition(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 5000) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
