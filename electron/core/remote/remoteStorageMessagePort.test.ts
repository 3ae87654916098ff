// An Electron-window-like client on a MessagePort: live updates, and a new
// port (requestPort) after the node drops the old one.
import { MessageChannel } from 'node:worker_threads';
import type { MessagePort as NodeMessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createRxDatabase } from 'rxdb';
import type { RxDatabase } from 'rxdb';
import { attachRemoteStorageConnection } from './remoteStorageServer.ts';
import type { RemoteTransport } from './remoteStorageServer.ts';
import {
  incidentSchema,
  loadClientModule,
  startTestNode,
  waitFor,
} from './remoteStorage.testHelpers.ts';
import type { ClientHandle, LanternCollections, TestNode } from './remoteStorage.testHelpers.ts';

type MessagePortClientModule = {
  createMessagePortRemoteStorage(options: {
    requestPort(): Promise<unknown>;
    requestTimeoutMs?: number;
    backoff?: object;
  }): ClientHandle;
};

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
});

function portTransport(port: NodeMessagePort): RemoteTransport {
  return {
    send: (message) => port.postMessage(message),
    onMessage(listener) {
      port.on('message', listener);
      return () => port.off('message', listener);
    },
    onClose(listener) {
      port.on('close', listener);
      return () => port.off('close', listener);
    },
  };
}

type PortWindow = {
  node: TestNode;
  nodeSides: NodeMessagePort[];
  window: RxDatabase<LanternCollections>;
};

async function openPortWindow(): Promise<PortWindow> {
  const node: TestNode = await startTestNode();
  cleanups.push(() => node.stop());
  const nodeSides: NodeMessagePort[] = [];
  const requestPort = async (): Promise<unknown> => {
    const { port1, port2 } = new MessageChannel();
    attachRemoteStorageConnection({
      database: node.database,
      readOnly: false,
      transport: portTransport(port1),
    });
    nodeSides.push(port1);
    return port2;
  };
  const { createMessagePortRemoteStorage } =
    await loadClientModule<MessagePortClientModule>('messagePortStorage.ts');
  const handle = createMessagePortRemoteStorage({
    requestPort,
    requestTimeoutMs: 5000,
    backoff: { initialMs: 20, maxMs: 100 },
  });
  cleanups.push(() => handle.close());
  const window = await createRxDatabase<LanternCollections>({
    name: node.database.name,
    storage: handle.storage,
    multiInstance: false,
  });
  cleanups.push(() => window.close());
  await window.addCollections({ incidents: { schema: incidentSchema } });
  return { node, nodeSides, window };
}

describe('storage over a MessagePort', () => {
  it('serves a window and recovers on a fresh port after the old one closes', async () => {
    const { node, nodeSides, window } = await openPortWindow();
    const results$ = window.incidents.find().$;

    await node.database.incidents.insert({ id: 'inc-1', title: 'Live', severity: 2 });
    await waitFor(results$, (docs) => docs.length === 1);

    nodeSides[0]?.close();
    await node.database.incidents.insert({
      id: 'inc-2',
      title: 'While the port was gone',
      severity: 2,
    });
    await waitFor(results$, (docs) => docs.length === 2);
    await node.database.incidents.insert({ id: 'inc-3', title: 'On the new port', severity: 2 });
    const docs = await waitFor(results$, (found) => found.length === 3);
    expect(docs.map((doc) => doc.id).sort()).toEqual(['inc-1', 'inc-2', 'inc-3']);
    expect(nodeSides).toHaveLength(2);
  });

  it('catches up after a drop even when nothing had changed since the window opened', async () => {
    const { node, nodeSides, window } = await openPortWindow();
    const results$ = window.incidents.find().$;
    await waitFor(results$, (docs) => docs.length === 0);

    nodeSides[0]?.close();
    await node.database.incidents.insert({
      id: 'inc-1',
      title: 'First news, while away',
      severity: 1,
    });
    const docs = await waitFor(results$, (found) => found.length === 1);
    expect(docs[0]?.title).toBe('First news, while away');
  });
});
