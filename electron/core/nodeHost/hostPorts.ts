// The shapes of Electron's utility-process messaging that the node host
// uses, without importing 'electron' (the core never does): the parent port
// (`process.parentPort`) and the MessagePortMain ends it receives.
import type { NodeToMainMessage } from '../../../shared/contract/nodeHost.ts';
import type { RemoteTransport } from '../remote/remoteStorageServer.ts';

/** A MessagePortMain: events carry `{ data }`; 'close' fires when the other end goes away. */
export interface HostPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  off(event: 'message', listener: (event: { data: unknown }) => void): unknown;
  off(event: 'close', listener: () => void): unknown;
  postMessage(message: unknown): void;
  start(): void;
  close(): void;
}

/** `process.parentPort` in an Electron utility process. */
export interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown; ports: HostPort[] }) => void): unknown;
  postMessage(message: NodeToMainMessage): void;
}

/** Adapts a window's storage port to the remote-storage server's transport. */
export function portTransport(port: HostPort): RemoteTransport {
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
