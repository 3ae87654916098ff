// Remote storage for browsers (wall displays, laptops): the node's RxDB
// storage over an authenticated WebSocket. Browsers cannot set headers on a
// WebSocket, so the token travels as `?token=`.
import type { RemoteLink } from './remoteLink.ts';
import { RemoteStorageConnectError } from './remoteStorageClientErrors.ts';
import { createRemoteStorageHandle } from './remoteStorageHandle.ts';
import type { RemoteStorageHandle, RemoteStorageTuning } from './remoteStorageHandle.ts';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './reconnectingChannel.ts';

export type WebSocketRemoteStorageOptions = RemoteStorageTuning & {
  /**
   * e.g. `ws://10.0.0.5:7420/api/v1/storage`; in a browser served by the
   * node, a relative `/api/v1/storage` works too (http becomes ws).
   */
  url: string;
  token: string;
  /** Wall displays: the node refuses every write from this connection. */
  readOnly: boolean;
};

export function createWebSocketRemoteStorage(
  options: WebSocketRemoteStorageOptions,
): RemoteStorageHandle {
  const { url, token, readOnly, ...tuning } = options;
  const address = storageSocketUrl(url);
  address.searchParams.set('token', token);
  if (readOnly) address.searchParams.set('mode', 'wall');
  const connectTimeoutMs = tuning.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  return createRemoteStorageHandle('websocket', {
    ...tuning,
    connect: () =>
      openWebSocketLink(address.href, `${address.host}${address.pathname}`, connectTimeoutMs),
  });
}

function storageSocketUrl(url: string): URL {
  const base = typeof location === 'undefined' ? undefined : location.href;
  const address = new URL(url, base);
  if (address.protocol === 'http:') address.protocol = 'ws:';
  if (address.protocol === 'https:') address.protocol = 'wss:';
  return address;
}

function openWebSocketLink(
  href: string,
  where: string,
  connectTimeoutMs: number,
): Promise<RemoteLink> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(href);
    const failed = (reason: string): void => {
      clearTimeout(timer);
      socket.close();
      reject(
        new RemoteStorageConnectError(`Cannot reach the Lantern node at ${where}: ${reason}.`),
      );
    };
    const timer = setTimeout(
      () => failed(`no answer within ${connectTimeoutMs / 1000} s`),
      connectTimeoutMs,
    );
    const onEarlyClose = (event: CloseEvent): void =>
      failed(`connection closed (code ${event.code}); check the address and the access token`);
    socket.addEventListener('close', onEarlyClose);
    socket.addEventListener('open', () => {
      clearTimeout(timer);
      socket.removeEventListener('close', onEarlyClose);
      resolve(webSocketLink(socket));
    });
  });
}

function webSocketLink(socket: WebSocket): RemoteLink {
  const closeListeners = new Set<() => void>();
  let closed = false;
  const markClosed = (): void => {
    if (closed) return;
    closed = true;
    for (const listener of closeListeners) listener();
  };
  socket.addEventListener('close', markClosed);
  return {
    send(message) {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    },
    onMessage(listener) {
      socket.addEventListener('message', (event: MessageEvent) => {
        if (typeof event.data !== 'string') return;
        try {
          listener(JSON.parse(event.data) as unknown);
        } catch {
          // Not JSON: not from a Lantern node; ignore it.
        }
      });
    },
    onClose(listener) {
      closeListeners.add(listener);
    },
    close() {
      socket.close(1000, 'closed by Lantern');
      markClosed();
    },
  };
}
