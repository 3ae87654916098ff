import type { Actor } from '../../../../shared/commands/command.ts';
import type { NodeInfo } from '../../../../shared/contract/nodeInfo.ts';

/**
 * The object the Electron preload puts on `window.lantern`. Mirrors
 * `LanternApi` in shared/contract/ipc.ts (the renderer only relies on these
 * members, so it also runs against an older or newer preload).
 */
export interface LanternWindowApi {
  command(name: string, input: unknown, actor: Actor): Promise<unknown>;
  nodeInfo(): Promise<NodeInfo>;
  onMenuAction(listener: (actionId: string) => void): () => void;
  seedDemo?(): Promise<unknown>;
}

export const STORAGE_PORT_MESSAGE = 'lantern:storage-port';

export function lanternWindowApi(win: Window = window): LanternWindowApi | undefined {
  return (win as Window & { lantern?: LanternWindowApi }).lantern;
}

/**
 * The preload hands over the storage MessagePort with
 * `window.postMessage({ type: 'lantern:storage-port' }, '*', [port])`.
 * Call early: the message may arrive as soon as the page loads.
 */
export function waitForStoragePort(win: Window = window, timeoutMs = 15_000): Promise<MessagePort> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      win.removeEventListener('message', onMessage);
      reject(new Error('The Lantern node did not open a storage channel for this window.'));
    }, timeoutMs);
    function onMessage(event: MessageEvent) {
      const port = event.ports[0];
      if (event.source !== win || (event.data as { type?: unknown } | null)?.type !== STORAGE_PORT_MESSAGE || !port) return;
      clearTimeout(timer);
      win.removeEventListener('message', onMessage);
      resolve(port);
    }
    win.addEventListener('message', onMessage);
  });
}
