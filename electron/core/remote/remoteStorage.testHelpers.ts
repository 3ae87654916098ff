// A real node for remote-storage tests: an in-memory RxDatabase with one
// small collection, an HTTP server on a free loopback port and the storage
// WebSocket on it. Also loads the renderer's client, which lives in another
// layer (renderer/ may not be imported by core code, so it is loaded at run
// time and typed here by the part the tests use).
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRxDatabase, randomToken } from 'rxdb';
import type { RxCollection, RxDatabase, RxJsonSchema, RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { Observable } from 'rxjs';
import { firstValueFrom, filter, timeout } from 'rxjs';
import { attachStorageWebSocketServer } from './remoteStorageWebSocket.ts';
import type { StorageWebSocketServer } from './remoteStorageWebSocket.ts';

export const TEST_TOKEN = 'test-token-8f2c1d';

export type IncidentDoc = { id: string; title: string; severity: number };

export const incidentSchema: RxJsonSchema<IncidentDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 100 },
    title: { type: 'string' },
    severity: { type: 'integer', minimum: 1, maximum: 5, multipleOf: 1 },
  },
  required: ['id', 'title', 'severity'],
  indexes: ['severity'],
};

export type LanternCollections = { incidents: RxCollection<IncidentDoc> };

export type TestNode = {
  database: RxDatabase<LanternCollections>;
  server: Server;
  sockets: StorageWebSocketServer;
  url: string;
  events: { event: string; detail: object }[];
  restartSockets(): Promise<void>;
  stop(): Promise<void>;
};

export async function startTestNode(
  options: { heartbeatMs?: number; maxClients?: number } = {},
): Promise<TestNode> {
  const database = await createRxDatabase<LanternCollections>({
    name: `lantern${randomToken(8)}`,
    storage: getRxStorageMemory(),
    multiInstance: false,
  });
  await database.addCollections({ incidents: { schema: incidentSchema } });
  const server = createServer((_request, response) => response.writeHead(404).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const events: TestNode['events'] = [];
  const attach = (): StorageWebSocketServer =>
    attachStorageWebSocketServer({
      server,
      database,
      token: TEST_TOKEN,
      heartbeatMs: options.heartbeatMs,
      maxClients: options.maxClients,
      log: (event, detail) => events.push({ event, detail }),
    });
  const node: TestNode = {
    database,
    server,
    sockets: attach(),
    url: `ws://127.0.0.1:${port}/api/v1/storage`,
    events,
    async restartSockets() {
      await node.sockets.close();
      node.sockets = attach();
    },
    async stop() {
      await node.sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
  return node;
}

export type ClientHandle = {
  storage: RxStorage<unknown, unknown>;
  state$: Observable<string>;
  close(): Promise<void>;
};

type ClientModule = {
  createWebSocketRemoteStorage(options: {
    url: string;
    token: string;
    readOnly: boolean;
    requestTimeoutMs?: number;
    backoff?: { initialMs?: number; maxMs?: number };
  }): ClientHandle;
};

const clientFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../renderer/src/app/remote',
);

/** Loads a module of the renderer's remote-storage client by file name. */
export async function loadClientModule<T>(fileName: string): Promise<T> {
  return (await import(path.join(clientFolder, fileName))) as T;
}

export function loadWebSocketClient(): Promise<ClientModule> {
  return loadClientModule<ClientModule>('webSocketStorage.ts');
}

export type TestClient = {
  database: RxDatabase<LanternCollections>;
  handle: ClientHandle;
  close(): Promise<void>;
};

/** A renderer-like client: an RxDatabase on the WebSocket remote storage. */
export async function openTestClient(
  node: TestNode,
  options: { readOnly?: boolean; requestTimeoutMs?: number; url?: string } = {},
): Promise<TestClient> {
  const { createWebSocketRemoteStorage } = await loadWebSocketClient();
  const handle = createWebSocketRemoteStorage({
    url: options.url ?? node.url,
    token: TEST_TOKEN,
    readOnly: options.readOnly ?? false,
    requestTimeoutMs: options.requestTimeoutMs ?? 5000,
    backoff: { initialMs: 50, maxMs: 200 },
  });
  const database = await createRxDatabase<LanternCollections>({
    name: node.database.name,
    storage: handle.storage,
    multiInstance: false,
  });
  await database.addCollections({ incidents: { schema: incidentSchema } });
  return {
    database,
    handle,
    async close() {
      await database.close();
      await handle.close();
    },
  };
}

/** Resolves with the first value matching `predicate`; fails after `ms`. */
export function waitFor<T>(
  source: Observable<T>,
  predicate: (value: T) => boolean,
  ms = 5000,
): Promise<T> {
  return firstValueFrom(source.pipe(filter(predicate), timeout(ms)));
}
