import type { RemoteStorageConnectionOptions } from '../remote/remoteStorageServer.ts';
import { portTransport, type HostPort } from './hostPorts.ts';

export interface WindowStorageOptions {
  database: RemoteStorageConnectionOptions['database'];
  /** electron/core/remote/remoteStorageServer.ts attachRemoteStorageConnection. */
  attach(options: RemoteStorageConnectionOptions): () => void;
  log?: RemoteStorageConnectionOptions['log'];
}

export interface WindowStorage {
  /** Serve this window on `port`, replacing its previous channel (a reload asks again). */
  open(windowId: number, readOnly: boolean, port: HostPort): void;
  close(windowId: number): void;
  closeAll(): void;
  count(): number;
}

/**
 * The node's end of every window's storage channel, keyed by the window's
 * webContents id. Main only brokers the ports; the traffic runs between the
 * window and this process. Wall displays get read-only connections.
 */
export function createWindowStorage(options: WindowStorageOptions): WindowStorage {
  const connections = new Map<number, { port: HostPort; detach: () => void }>();

  const close = (windowId: number) => {
    const connection = connections.get(windowId);
    if (!connection) return;
    connections.delete(windowId);
    connection.detach();
    connection.port.close();
  };

  const open = (windowId: number, readOnly: boolean, port: HostPort) => {
    close(windowId);
    const detach = options.attach({
      database: options.database,
      readOnly,
      transport: portTransport(port),
      ...(options.log ? { log: options.log } : {}),
    });
    const connection = { port, detach };
    connections.set(windowId, connection);
    port.on('close', () => {
      if (connections.get(windowId) === connection) close(windowId);
    });
    port.start();
  };

  return {
    open,
    close,
    closeAll: () => [...connections.keys()].forEach(close),
    count: () => connections.size,
  };
}
