import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { createLanternDatabase } from '../../shared/store/database.ts';
import { kindStore } from '../../shared/store/kindStore.ts';
import {
  forkUtilityProcess,
  type ForkedUtilityProcess,
} from '../core/nodeHost/forkedUtilityProcess.testSupport.ts';
import { NodeMessagePortMain } from '../core/nodeHost/messagePortMain.testSupport.ts';
import {
  loadClientModule,
  waitFor,
  type ClientHandle,
} from '../core/remote/remoteStorage.testHelpers.ts';
import { createNodeSupervisor } from './nodeSupervisor.ts';
import { createStoragePortBroker } from './storagePorts.ts';

// A window's database, opened as the renderer opens it, over a storage port
// main brokers to the node's own process. The node is SIGKILLed; main starts
// a new one and the window reconnects by itself and catches up.
const NODE_HOST = fileURLToPath(new URL('../core/nodeHost/nodeHostMain.ts', import.meta.url));

type MessagePortClient = {
  createMessagePortRemoteStorage(options: {
    requestPort(): Promise<MessagePort>;
    requestTimeoutMs?: number;
    backoff?: { initialMs?: number; maxMs?: number };
  }): ClientHandle;
};

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function startNodeAndBroker() {
  const folder = await mkdtemp(path.join(tmpdir(), 'lantern-window-reconnect-'));
  cleanups.push(() => rm(folder, { recursive: true, force: true }));
  const forked: ForkedUtilityProcess[] = [];
  const node = createNodeSupervisor<NodeMessagePortMain>({
    fork: () => {
      const child = forkUtilityProcess(NODE_HOST);
      forked.push(child);
      return child;
    },
    startOptions: { dataDir: path.join(folder, 'data'), rendererDir: folder, port: 0, demo: false },
    onNotify: () => undefined,
    onGaveUp: () => undefined,
    restart: { initialDelayMs: 50 },
    log: () => undefined,
  });
  cleanups.push(() => node.shutdown());
  await node.start();
  const broker = createStoragePortBroker({
    node,
    createChannel: () => {
      const { port1, port2 } = new MessageChannel();
      return { port1: new NodeMessagePortMain(port1), port2: new NodeMessagePortMain(port2) };
    },
  });
  return { node, broker, forked };
}

describe('a window across a node crash (real node process, brokered port)', () => {
  it('stays live, reconnects to the restarted node and sees what changed', async () => {
    const { node, broker, forked } = await startNodeAndBroker();
    let deliver: (port: MessagePort) => void = () => undefined;
    const webContents = {
      id: 1,
      postMessage: (_channel: string, _message: null, [port]: NodeMessagePortMain[]) =>
        port && deliver(port.port),
    };
    const requestPort = () =>
      new Promise<MessagePort>((resolve) => {
        deliver = resolve;
        // Refused while Lantern quits (the cleanup): the window just stays offline.
        broker.open(webContents, false).catch(() => undefined);
      });
    const { createMessagePortRemoteStorage } =
      await loadClientModule<MessagePortClient>('messagePortStorage.ts');
    const handle = createMessagePortRemoteStorage({
      requestPort,
      requestTimeoutMs: 20_000,
      backoff: { initialMs: 50, maxMs: 500 },
    });
    const window = await createLanternDatabase({ name: 'lantern', storage: handle.storage });
    cleanups.push(async () => {
      await window.close();
      await handle.close();
    });
    const people$ = kindStore(window).find$('people');

    const created = await node.request('command', {
      name: 'createWorkspace',
      input: { workspaceName: 'Northwind Mutual', displayName: 'Dana Ruiz' },
      actor: { kind: 'person', id: 'first-run' },
    });
    if (!('result' in created)) throw new Error(created.error.message);
    const dana = (created.result as { person: { id: string } }).person.id;
    await waitFor(people$, (people) => people.length === 1, 20_000);

    const crashed = new Promise((resolve) => forked[0]?.once('exit', resolve));
    forked[0]?.crash();
    await crashed;
    // Sent while the node is down: it runs once the new process serves.
    const registered = await node.request('command', {
      name: 'registerPerson',
      input: { displayName: 'Kevin Osei' },
      actor: { kind: 'person', id: dana },
    });
    expect(registered).toHaveProperty('result');
    const people = await waitFor(people$, (found) => found.length === 2, 30_000);
    expect(people.map((person) => person.displayName).sort()).toEqual(['Dana Ruiz', 'Kevin Osei']);
    expect(forked).toHaveLength(2);
  }, 120_000);
});
