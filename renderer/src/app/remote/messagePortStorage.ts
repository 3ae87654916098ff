// Remote storage for Electron windows: the node's RxDB storage over a
// MessagePort the main process hands to each window. To reconnect, the
// window asks main for a fresh port (requestPort).
import type { RemoteLink } from './remoteLink.ts';
import { RemoteStorageConnectError } from './remoteStorageClientErrors.ts';
import { createRemoteStorageHandle } from './remoteStorageHandle.ts';
import type { RemoteStorageHandle, RemoteStorageTuning } from './remoteStorageHandle.ts';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './reconnectingChannel.ts';

export type MessagePortRemoteStorageOptions = RemoteStorageTuning & {
  requestPort(): Promise<MessagePort>;
};

export function createMessagePortRemoteStorage(
  options: MessagePortRemoteStorageOptions,
): RemoteStorageHandle {
  const { requestPort, ...tuning } = options;
  const connectTimeoutMs = tuning.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  return createRemoteStorageHandle('messageport', {
    ...tuning,
    connect: async () => messagePortLink(await withConnectTimeout(requestPort(), connectTimeoutMs)),
  });
}

function withConnectTimeout(portPromise: Promise<MessagePort>, ms: number): Promise<MessagePort> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new RemoteStorageConnectError(
            `The Lantern node did not hand this window a storage port within ${ms / 1000} s.`,
          ),
        ),
      ms,
    );
  });
  return Promise.race([portPromise, timeout]).finally(() => clearTimeout(timer));
}

function messagePortLink(port: MessagePort): RemoteLink {
  const closeListeners = new Set<() => void>();
  let closed = false;
  const markClosed = (): void => {
    if (closed) return;
    closed = true;
    for (const listener of closeListeners) listener();
  };
  // Chromium fires 'close' on a MessagePort when the other side goes away.
  port.addEventListener('close', markClosed);
  port.start();
  return {
    send(message) {
      if (!closed) port.postMessage(message);
    },
    onMessage(listener) {
      port.addEventListener('message', (event: MessageEvent) => listener(event.data as unknown));
    },
    onClose(listener) {
      closeListeners.add(listener);
    },
    close() {
      port.close();
      markClosed();
    },
  };
}
