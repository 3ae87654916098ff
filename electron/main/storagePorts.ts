import { ipcEvents, type StoragePortGrant } from '../../shared/contract/ipc.ts';
import type { NodeSupervisor } from './nodeSupervisor.ts';

/** Where the window's end goes: the window's webContents. */
export interface PortTarget<P> {
  id: number;
  postMessage(channel: string, message: null, transfer: P[]): void;
}

export interface StoragePortBrokerOptions<P extends { close(): void }> {
  node: Pick<NodeSupervisor<P>, 'whenReady' | 'postStoragePort' | 'closeStorage'>;
  /** `new MessageChannelMain()`. */
  createChannel(): { port1: P; port2: P };
}

export interface StoragePortBroker<P> {
  /**
   * A fresh channel between this window and the node: one end to the node
   * process, the other on lantern:storage-port. Waits while the node
   * (re)starts. The node replaces the window's previous channel.
   */
  open(target: PortTarget<P>, readOnly: boolean): Promise<StoragePortGrant>;
  /** The window closed: the node drops its connection. */
  close(webContentsId: number): void;
}

/**
 * Main only introduces the window to the node: storage traffic then runs
 * between the renderer and the utility process, never through main's
 * thread. When the node restarts, the old ports close and each window's
 * reconnecting channel asks for a new one. Wall displays get read-only
 * connections; the node refuses their writes.
 */
export function createStoragePortBroker<P extends { close(): void }>(
  options: StoragePortBrokerOptions<P>,
): StoragePortBroker<P> {
  return {
    async open(target, readOnly) {
      await options.node.whenReady();
      const { port1, port2 } = options.createChannel();
      options.node.postStoragePort(target.id, readOnly, port1);
      target.postMessage(ipcEvents.storagePort.channel, null, [port2]);
      return { readOnly };
    },
    close: (webContentsId) => options.node.closeStorage(webContentsId),
  };
}
