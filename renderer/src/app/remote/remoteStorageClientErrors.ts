// Errors the remote-storage channel produces on the client side. RxDB
// receives them as the `error` of an answer, so the name and message are
// what a commander eventually sees.
import type { ConnectionState } from './remoteLink.ts';

export class RemoteStorageTimeoutError extends Error {
  override name = 'RemoteStorageTimeoutError';
  constructor(method: string, collectionName: string, timeoutMs: number, state: ConnectionState) {
    const offline =
      state === 'online' ? '' : ' (the connection to the node is down; Lantern keeps reconnecting)';
    super(
      `Lantern node did not answer "${method}" on ${collectionName} within ${formatSeconds(timeoutMs)}${offline}`,
    );
  }
}

export class RemoteStorageConnectionLostError extends Error {
  override name = 'RemoteStorageConnectionLostError';
  constructor(method: string, collectionName: string) {
    super(
      `The connection to the Lantern node dropped during "${method}" on ${collectionName}; it may or may not have been applied. Check the data, then retry.`,
    );
  }
}

export class RemoteStorageQueueFullError extends Error {
  override name = 'RemoteStorageQueueFullError';
  constructor(limit: number) {
    super(
      `More than ${limit} storage requests are waiting for the Lantern node to come back; this one was dropped.`,
    );
  }
}

export class RemoteStorageClosedError extends Error {
  override name = 'RemoteStorageClosedError';
  constructor(method: string) {
    super(
      `"${method}" was called after this window closed its connection to the Lantern node; reload the window.`,
    );
  }
}

export class RemoteStorageConnectError extends Error {
  override name = 'RemoteStorageConnectError';
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

export function toPlainError(error: Error): { name: string; message: string } {
  return { name: error.name, message: error.message };
}
