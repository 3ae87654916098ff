import type { MessagePortMain } from 'electron';
import { ipcEvents, type StoragePortGrant } from '../../shared/contract/ipc.ts';
import type {
  RemoteStorageConnectionOptions,
  RemoteTransport,
} from '../core/remote/remoteStorageServer.ts';

/** The main end of a window's storage channel. */
export type MainPort = Pick<MessagePortMain, 'on' | 'off' | 'postMessage' | 'start' | 'close'>;

/** Where the other end goes: the window's webContents. */
export interface PortTarget<P> {
  id: number;
  postMessage(channel: string, message: null, transfer: P[]): void;
}

export interface StoragePortBrokerOptions<P> {
  database: RemoteStorageConnectionOptions['database'];
  /** electron/core/remote/remoteStorageServer.ts attachRemoteStorageConnection. */
  attach(options: RemoteStorageConnectionOptions): () => void;
  /** `new MessageChannelMain()`. */
  createChannel(): { port1: MainPort; port2: P };
  log?: RemoteStorageConnectionOptions['log'];
}

export interface StoragePortBroker<P> {
  /** A fresh channel for this window, replacing its previous one; the port travels on lantern:storage-port. */
  open(target: PortTarget<P>, readOnly: boolean): StoragePortGrant;
  close(webContentsId: number): void;
  closeAll(): void;
}

/** Adapts a MessagePortMain to the remote-storage server's transport. */
export function portTransport(port: MainPort): RemoteTransport {
  return {
    send: (message) => port.postMessage(message),
    onMessage(listener) {
      const relay = (event: { data: unknown }) => listener(event.data);
      port.on('message', relay);
      return () => void port.off('message', relay);
    },
    onClose(listener) {
      port.on('close', listener);
      return () => void port.off('close', listener);
    },
  };
}

/**
 * One storage MessagePort per window. Wall displays get a read-only
 * connection; the node refuses their writes. A reload asks again and the new
 * channel replaces the old one; a closed window's channel is detached.
 */
export function createStoragePortBroker<P>(
  options: StoragePortBrokerOptions<P>,
): StoragePortBroker<P> {
  const connections = new Map<number, { port: MainPort; detach: () => void }>();

  const close = (webContentsId: number) => {
    const connection = connections.get(webContentsId);
    if (!connection) return;
    connections.delete(webContentsId);
    connection.detach();
    connection.port.close();
  };

  const open = (target: PortTarget<P>, readOnly: boolean): StoragePortGrant => {
    close(target.id);
    const { port1, port2 } = options.createChannel();
    const transport = portTransport(port1);
    const detach = options.attach({
      database: options.database,
      readOnly,
      transport,
      ...(options.log ? { log: options.log } : {}),
    });
    const connection = { port: port1, detach };
    connections.set(target.id, connection);
    port1.on('close', () => {
      if (connections.get(target.id) === connection) close(target.id);
    });
    port1.start();
    target.postMessage(ipcEvents.storagePort.channel, null, [port2]);
    return { readOnly };
  };

  return {
    open,
    close,
    closeAll: () => [...connections.keys()].forEach(close),
  };
}
