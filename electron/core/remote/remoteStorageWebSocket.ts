// The browser transport for remote storage: an authenticated WebSocket on
// the node's HTTP server. One socket is one client; JSON text frames only.
import { Buffer } from 'node:buffer';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { RawData, WebSocket } from 'ws';
import { attachRemoteStorageConnection, DEFAULT_MAX_MESSAGE_BYTES } from './remoteStorageServer.ts';
import type { RemoteStorageLog, RemoteTransport } from './remoteStorageServer.ts';
import type { ServedDatabase } from './storageTargets.ts';
import { decideUpgrade, decideUpgradeWith, refuseUpgrade } from './webSocketAuth.ts';
import type { StorageAuthoriser, UpgradeDecision } from './webSocketAuth.ts';
import { RequestGuard } from '../http/requestGuards.ts';
import { TokenThrottle } from '../http/tokenThrottle.ts';

export type StorageWebSocketServerOptions = {
  server: Server;
  database: ServedDatabase;
  token: string;
  /** The node's check of every kind of token; without it only `token` opens a socket. */
  authorise?: StorageAuthoriser;
  path?: string;
  log?: RemoteStorageLog;
  heartbeatMs?: number;
  maxMessageBytes?: number;
  /** More sockets than this at once get HTTP 503. */
  maxClients?: number;
  requestTimeoutMs?: number;
  /** Host and Origin checks, the same as the HTTP API's. */
  guard?: RequestGuard;
  /** Wrong-token throttling, shared with the HTTP API. */
  throttle?: TokenThrottle;
};

export type StorageWebSocketServer = { close(): Promise<void>; clientCount(): number };

export const STORAGE_WEBSOCKET_PATH = '/api/v1/storage';
const DEFAULT_HEARTBEAT_MS = 15_000;
const DEFAULT_MAX_CLIENTS = 256;
// A client that does not read its socket must not make the node buffer forever.
const MAX_BUFFERED_BYTES = 32 * 1024 * 1024;

export function attachStorageWebSocketServer(
  options: StorageWebSocketServerOptions,
): StorageWebSocketServer {
  const maxMessageBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  // Frames up to twice the limit still get an answer naming the request;
  // bigger ones make ws close the socket with 1009 (message too big).
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: maxMessageBytes * 2,
    perMessageDeflate: false,
  });
  const heartbeat = startHeartbeat(wss, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS, options.log);
  const onUpgrade = upgradeHandler(wss, options, maxMessageBytes, heartbeat.track);
  options.server.on('upgrade', onUpgrade);
  return {
    clientCount: () => wss.clients.size,
    close: () => {
      heartbeat.stop();
      options.server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      return new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

type UpgradeListener = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Every upgrade is answered: another path gets 404, a foreign Host or Origin
 * 421/403, a throttled address 429, a wrong token 401, a full node 503. An
 * upgrade left unanswered would hold its socket open forever.
 */
async function decide(
  request: IncomingMessage,
  url: URL,
  path: string,
  guard: RequestGuard,
  throttle: TokenThrottle,
  options: StorageWebSocketServerOptions,
  clients: () => number,
): Promise<UpgradeDecision> {
  if (url.pathname !== path)
    return { ok: false, status: 404, reason: `no WebSocket endpoint at ${url.pathname}` };
  const refused = guard.refusal(request, { upgrade: true });
  if (refused) return { ok: false, status: refused.status, reason: refused.message };
  const address = request.socket.remoteAddress ?? '';
  const waitMs = throttle.waitMs(address);
  if (waitMs > 0)
    return {
      ok: false,
      status: 429,
      reason: `too many wrong tokens: wait ${Math.ceil(waitMs / 1000)} s`,
    };
  const authorised = await authorisedUpgrade(request, url, options);
  if (!authorised.ok && authorised.status === 401) throttle.failed(address);
  if (authorised.ok) throttle.succeeded(address);
  if (authorised.ok && clients() >= (options.maxClients ?? DEFAULT_MAX_CLIENTS))
    return { ok: false, status: 503, reason: 'too many storage connections' };
  return authorised;
}

function authorisedUpgrade(
  request: IncomingMessage,
  url: URL,
  options: StorageWebSocketServerOptions,
): Promise<UpgradeDecision> {
  if (!options.authorise) return Promise.resolve(decideUpgrade(request, url, options.token));
  return decideUpgradeWith(request, url, options.authorise);
}

function upgradeHandler(
  wss: WebSocketServer,
  options: StorageWebSocketServerOptions,
  maxMessageBytes: number,
  track: (ws: WebSocket) => void,
): UpgradeListener {
  const path = options.path ?? STORAGE_WEBSOCKET_PATH;
  const log = options.log ?? (() => undefined);
  const guard = options.guard ?? new RequestGuard();
  const throttle = options.throttle ?? new TokenThrottle();
  return (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://lantern.invalid');
    void decide(request, url, path, guard, throttle, options, () => wss.clients.size)
      .catch((): UpgradeDecision => ({ ok: false, status: 500, reason: 'authorisation failed' }))
      .then((decision) => upgradeOrRefuse(decision, request, socket, head));
  };
  function upgradeOrRefuse(
    decision: UpgradeDecision,
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ): void {
    const address = request.socket.remoteAddress;
    if (!decision.ok) {
      log('remote.upgrade.refused', { status: decision.status, reason: decision.reason, address });
      refuseUpgrade(socket, decision.status, decision.reason);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      track(ws);
      ws.on('error', (error) => log('remote.socket.error', { reason: error.message }));
      attachRemoteStorageConnection({
        database: options.database,
        readOnly: decision.mode === 'wall',
        transport: webSocketTransport(ws),
        requestTimeoutMs: options.requestTimeoutMs,
        maxMessageBytes,
        log,
      });
      log('remote.socket.opened', { mode: decision.mode, address });
    });
  }
}

/** Pings every peer; one that has not answered the previous ping is dropped. */
function startHeartbeat(
  wss: WebSocketServer,
  intervalMs: number,
  log: RemoteStorageLog | undefined,
) {
  const alive = new WeakMap<WebSocket, boolean>();
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.get(ws)) {
        log?.('remote.socket.dead', {});
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, intervalMs);
  timer.unref();
  return {
    track(ws: WebSocket): void {
      alive.set(ws, true);
      ws.on('pong', () => alive.set(ws, true));
    },
    stop: () => clearInterval(timer),
  };
}

function webSocketTransport(ws: WebSocket): RemoteTransport {
  const sendText = (text: string): void => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
      ws.terminate();
      return;
    }
    ws.send(text);
  };
  return {
    send: (message) => sendText(JSON.stringify(message)),
    sendText,
    onMessage(listener) {
      const onFrame = (data: RawData, isBinary: boolean): void => {
        if (isBinary) {
          ws.close(1003, 'Lantern storage accepts JSON text frames only');
          return;
        }
        listener(rawDataToText(data));
      };
      ws.on('message', onFrame);
      return () => ws.off('message', onFrame);
    },
    onClose(listener) {
      ws.on('close', listener);
      return () => ws.off('close', listener);
    },
  };
}

function rawDataToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}
