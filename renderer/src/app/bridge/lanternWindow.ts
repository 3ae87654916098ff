import {
  isStoragePortMessage,
  type LanternApi,
  type StoragePortGrant,
} from '../../../../shared/contract/ipc.ts';

/** The preload's typed object, when running inside the desktop app. */
export function lanternWindowApi(win: Window = window): LanternApi | undefined {
  return (win as Window & { lantern?: LanternApi }).lantern;
}

export interface StoragePortHandover {
  port: MessagePort;
  grant: StoragePortGrant;
}

/**
 * Asks main for a storage MessagePort. The preload forwards it with
 * `window.postMessage({ type: 'lantern:storage-port' }, '*', [port])`, so the
 * listener goes in before the request.
 */
export function requestStoragePort(
  api: LanternApi,
  win: Window = window,
  timeoutMs = 15_000,
): Promise<StoragePortHandover> {
  return new Promise((resolve, reject) => {
    let port: MessagePort | undefined;
    let grant: StoragePortGrant | undefined;
    const finish = (error?: Error) => {
      if (!error && !(port && grant)) return;
      clearTimeout(timer);
      win.removeEventListener('message', onMessage);
      if (error) reject(error);
      else if (port && grant) resolve({ port, grant });
    };
    const timer = setTimeout(
      () => finish(new Error('The Lantern node did not open a storage channel for this window.')),
      timeoutMs,
    );
    function onMessage(event: MessageEvent) {
      if (event.source !== win || !isStoragePortMessage(event.data) || !event.ports[0]) return;
      port = event.ports[0];
      finish();
    }
    win.addEventListener('message', onMessage);
    api.requestStoragePort().then(
      (granted) => {
        grant = granted;
        finish();
      },
      (error: unknown) => finish(error instanceof Error ? error : new Error(String(error))),
    );
  });
}
