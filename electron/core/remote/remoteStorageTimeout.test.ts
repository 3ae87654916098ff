// A node that does not answer must not leave a window waiting forever:
// every request ends with an error that names the call and the collection.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createRxDatabase, randomToken } from 'rxdb';
import type { RxDatabase } from 'rxdb';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { attachRemoteStorageConnection } from './remoteStorageServer.ts';
import type { RemoteTransport } from './remoteStorageServer.ts';
import { incidentSchema, loadWebSocketClient, startTestNode } from './remoteStorage.testHelpers.ts';
import type { ClientHandle, TestNode } from './remoteStorage.testHelpers.ts';

const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups.length = 0;
});

/** A WebSocket endpoint on loopback; `onSocket` decides what it does. */
async function startEndpoint(onSocket: (socket: WebSocket) => void): Promise<string> {
  const server: Server = createServer();
  const sockets = new WebSocketServer({ server });
  sockets.on('connection', onSocket);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    for (const socket of sockets.clients) socket.terminate();
    await new Promise((resolve) => sockets.close(resolve));
    await new Promise((resolve) => server.close(resolve));
  });
  const address = server.address();
  return `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1/storage`;
}

async function openClient(url: string): Promise<ClientHandle> {
  const { createWebSocketRemoteStorage } = await loadWebSocketClient();
  const handle = createWebSocketRemoteStorage({
    url,
    token: 'unused',
    readOnly: false,
    requestTimeoutMs: 500,
  });
  cleanups.push(() => handle.close());
  return handle;
}

/** Serves `node` like the real endpoint, but silently drops one method. */
function droppingTransport(socket: WebSocket, droppedMethod: string): RemoteTransport {
  return {
    send: (message) => socket.send(JSON.stringify(message)),
    onMessage(listener) {
      const onFrame = (data: unknown): void => {
        if ((JSON.parse(String(data)) as { method?: string }).method !== droppedMethod)
          listener(String(data));
      };
      socket.on('message', onFrame);
      return () => socket.off('message', onFrame);
    },
    onClose(listener) {
      socket.on('close', listener);
      return () => socket.off('close', listener);
    },
  };
}

describe('request timeouts', () => {
  it('fails opening the database when the node never answers', async () => {
    const url = await startEndpoint(() => undefined);
    const handle = await openClient(url);
    await expect(
      createRxDatabase({
        name: `silent${randomToken(6)}`,
        storage: handle.storage,
        multiInstance: false,
      }),
    ).rejects.toMatchObject({
      name: 'RemoteStorageTimeoutError',
      message: 'Lantern node did not answer "create" on _rxdb_internal within 0.5 s',
    });
  });

  it('fails a query the node does not answer, naming the call and the collection', async () => {
    const node: TestNode = await startTestNode();
    cleanups.push(() => node.stop());
    const url = await startEndpoint((socket) =>
      attachRemoteStorageConnection({
        database: node.database,
        readOnly: false,
        transport: droppingTransport(socket, 'query'),
      }),
    );
    const handle = await openClient(url);
    const database: RxDatabase = await createRxDatabase({
      name: node.database.name,
      storage: handle.storage,
      multiInstance: false,
    });
    cleanups.push(() => database.close());
    await database.addCollections({ incidents: { schema: incidentSchema } });

    await expect(database.collections.incidents?.find().exec()).rejects.toMatchObject({
      name: 'RemoteStorageTimeoutError',
      message: 'Lantern node did not answer "query" on incidents within 0.5 s',
    });
    expect(await database.collections.incidents?.count().exec()).toBe(0);
  });
});
