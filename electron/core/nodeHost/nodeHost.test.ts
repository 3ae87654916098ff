import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MainToNodeMessage, NodeToMainMessage } from '../../../shared/contract/nodeHost.ts';
import { startNode, type LanternNode } from '../node.ts';
import type { ParentPortLike } from './hostPorts.ts';
import { NodeMessagePortMain } from './messagePortMain.testSupport.ts';
import { runNodeHost } from './nodeHost.ts';

/**
 * Electron's parent port over a Node MessageChannel: main's side posts
 * `{ message, ports }`, transferring real MessagePorts that reach the host
 * as MessagePortMain-like ports. Same message contract as in Electron.
 */
function hostOverChannel(start = startNode) {
  const { port1: mainSide, port2: hostSide } = new MessageChannel();
  const parentPort: ParentPortLike = {
    on(_event, listener) {
      hostSide.on('message', ({ message, ports }: { message: unknown; ports: MessagePort[] }) =>
        listener({ data: message, ports: ports.map((port) => new NodeMessagePortMain(port)) }),
      );
      return parentPort;
    },
    postMessage: (message) => hostSide.postMessage(message),
  };
  const received: NodeToMainMessage[] = [];
  mainSide.on('message', (message: NodeToMainMessage) => received.push(message));
  const exit = vi.fn();
  let node: LanternNode | undefined;
  runNodeHost({
    parentPort,
    exit,
    startNode: async (options) => (node = await start(options)),
    log: () => undefined,
  });
  const send = (message: MainToNodeMessage | { type: string }, ports: MessagePort[] = []) =>
    mainSide.postMessage({ message, ports }, ports);
  const next = async <T extends NodeToMainMessage['type']>(type: T, after = received.length) => {
    await vi.waitFor(() => expect(received.slice(after).some((m) => m.type === type)).toBe(true), {
      timeout: 20_000,
    });
    return received.slice(after).find((m) => m.type === type) as Extract<
      NodeToMainMessage,
      { type: T }
    >;
  };
  const ask = async (id: number, method: string, args?: unknown) => {
    const after = received.length;
    send({ type: 'request', id, method, args } as MainToNodeMessage);
    await vi.waitFor(() =>
      expect(received.slice(after).some((m) => 'id' in m && m.id === id)).toBe(true),
    );
    return received.slice(after).find((m) => 'id' in m && m.id === id);
  };
  return { send, next, ask, received, exit, close: () => mainSide.close(), node: () => node };
}

describe('node host (real node, parent port over a MessageChannel)', () => {
  let folder: string;
  let host: ReturnType<typeof hostOverChannel>;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'lantern-node-host-'));
    host = hostOverChannel();
  }, 60_000);

  afterAll(async () => {
    await host.node()?.close();
    host.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('refuses requests before it is started, then starts and says where it serves', async () => {
    expect(await host.ask(1, 'nodeInfo')).toEqual({
      type: 'failure',
      id: 1,
      error: { name: 'NodeNotServingError', message: 'The Lantern node has not started yet.' },
    });
    host.send({
      type: 'start',
      options: { dataDir: path.join(folder, 'data'), rendererDir: folder, port: 0, demo: false },
    });
    const ready = await host.next('ready');
    expect(ready.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(ready.nodeId).toBe(host.node()?.nodeId);
  }, 60_000);

  it('answers requests with results, command refusals and argument failures', async () => {
    expect(await host.ask(2, 'nodeInfo')).toMatchObject({
      type: 'response',
      result: { status: 'ok', databaseName: 'lantern' },
    });
    const createWorkspace = {
      name: 'createWorkspace',
      input: { workspaceName: 'Northwind Mutual', displayName: 'Dana Ruiz' },
      actor: { kind: 'person', id: 'first-run' },
    };
    expect(await host.ask(3, 'command', createWorkspace)).toMatchObject({
      result: { result: { workspace: { name: 'Northwind Mutual' } } },
    });
    expect(await host.ask(4, 'command', createWorkspace)).toMatchObject({
      type: 'response',
      result: { error: { code: 'conflict' } },
    });
    expect(
      await host.ask(5, 'command', { ...createWorkspace, actor: { kind: 'system' } }),
    ).toMatchObject({
      type: 'failure',
      error: { name: 'NodeArgumentError', message: expect.stringContaining('actor') },
    });
    expect(await host.ask(6, 'syncStatus')).toMatchObject({ result: { enabled: false } });
    expect(await host.ask(7, 'joinCode')).toMatchObject({ result: null });
    expect(await host.ask(8, 'briefExists', { briefId: 'brief-1' })).toMatchObject({
      result: false,
    });
  });

  it("serves a window's storage port, and a second port for the window replaces the first", async () => {
    const first = new MessageChannel();
    host.send({ type: 'storage-port', windowId: 3, readOnly: false }, [first.port2]);
    const answer = new Promise<unknown>((resolve) => first.port1.once('message', resolve));
    first.port1.postMessage({
      connectionId: 'c',
      requestId: 'r1',
      method: 'count',
      version: 'x',
      params: {},
    });
    expect(JSON.stringify(await answer)).toContain('"answerTo":"r1"');
    const firstClosed = new Promise((resolve) => first.port1.once('close', resolve));
    const second = new MessageChannel();
    host.send({ type: 'storage-port', windowId: 3, readOnly: true }, [second.port2]);
    await firstClosed;
    const secondClosed = new Promise((resolve) => second.port1.once('close', resolve));
    host.send({ type: 'storage-close', windowId: 3 });
    await secondClosed;
  });

  it('forwards what the node announces as desktop notifications, clipped to the IPC limits', async () => {
    const after = host.received.length;
    host
      .node()
      ?.events.emit('handoffReminder', { text: 'Shift ends at 18:00 UTC. '.repeat(80) } as never);
    const { notification } = await host.next('notify', after);
    expect(notification.title).toBe('Lantern — shift handoff');
    expect(notification.body.length).toBe(1000);
  });

  it('refuses malformed messages and closes the ports that came with them', async () => {
    const stray = new MessageChannel();
    const closed = new Promise((resolve) => stray.port1.once('close', resolve));
    host.send({ type: 'drop-database' }, [stray.port2]);
    await closed;
    expect(await host.ask(9, 'nodeInfo')).toMatchObject({ type: 'response' });
  });

  it('on shutdown closes the database, says closed, and exits 0', async () => {
    const database = host.node()?.database;
    host.send({ type: 'shutdown' });
    await host.next('closed');
    expect(host.exit).toHaveBeenCalledWith(0);
    expect(database?.closed).toBe(true);
    expect(await host.ask(10, 'nodeInfo')).toMatchObject({
      type: 'failure',
      error: { name: 'NodeNotServingError' },
    });
  });
});

describe('node host that cannot start', () => {
  it('reports why and waits for main before it exits', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'lantern-node-host-bad-'));
    await writeFile(path.join(folder, 'sync.json'), '{ "workspaceSecret": ');
    const host = hostOverChannel();
    host.send({ type: 'start', options: { dataDir: folder, rendererDir: folder, demo: false } });
    const failed = await host.next('start-failed');
    expect(failed.error.message).toMatch(/sync\.json is not valid JSON/);
    expect(host.exit).not.toHaveBeenCalled();
    host.send({ type: 'shutdown' });
    await vi.waitFor(() => expect(host.exit).toHaveBeenCalledWith(0));
    host.close();
    await rm(folder, { recursive: true, force: true });
  });
});
