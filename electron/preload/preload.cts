// The preload: one typed object on `window.lantern`, never ipcRenderer itself.
// Sandboxed preloads run as a single CommonJS script that may only require
// 'electron', so this file imports nothing else at run time (types only) and
// is emitted as preload.cjs. Channel names are spelled out here on purpose;
// preload.test.ts checks them against shared/contract/ipc.ts.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { LanternApi, MenuAction, StoragePortMessage } from '../../shared/contract/ipc.ts';

type IpcRendererLike = Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>;
type PortForwarder = (message: StoragePortMessage, ports: readonly MessagePort[]) => void;

const MENU_ACTIONS: readonly string[] = [
  'declare-incident',
  'open-command-palette',
  'open-wall-display',
];

export function createLanternApi(ipc: IpcRendererLike): LanternApi {
  return {
    sendCommand: (name, input, actor) => ipc.invoke('lantern:command', { name, input, actor }),
    nodeInfo: () => ipc.invoke('lantern:node-info'),
    seedDemo: () => ipc.invoke('lantern:seed-demo'),
    listDisplays: () => ipc.invoke('lantern:list-displays'),
    openWallDisplay: (displayId) => ipc.invoke('lantern:open-wall-display', { displayId }),
    notify: (title, body) => ipc.invoke('lantern:notify', { title, body }),
    printBriefPdf: (briefId, pageSize) =>
      ipc.invoke('lantern:print-brief-pdf', { briefId, ...(pageSize ? { pageSize } : {}) }),
    syncStatus: () => ipc.invoke('lantern:sync-status'),
    joinCode: () => ipc.invoke('lantern:join-code'),
    requestStoragePort: () => ipc.invoke('lantern:storage-port-request'),
    onMenuAction(listener) {
      const relay = (_event: IpcRendererEvent, action: unknown) => {
        if (typeof action === 'string' && MENU_ACTIONS.includes(action))
          listener(action as MenuAction);
      };
      ipc.on('lantern:menu-action', relay);
      return () => {
        ipc.removeListener('lantern:menu-action', relay);
      };
    },
  };
}

/**
 * Main posts each storage port to the isolated world; Electron's documented
 * pattern for context isolation is to hand it on to the page's own world
 * with window.postMessage, transferring the port. The page asked for it
 * (requestStoragePort) and listens before asking, so no onload wait is needed.
 */
export function forwardStoragePorts(ipc: IpcRendererLike, forward: PortForwarder): void {
  ipc.on('lantern:storage-port', (event: IpcRendererEvent) => {
    if (event.ports.length === 1) forward({ type: 'lantern:storage-port' }, event.ports);
  });
}

contextBridge.exposeInMainWorld('lantern', createLanternApi(ipcRenderer) satisfies LanternApi);
forwardStoragePorts(ipcRenderer, (message, ports) => window.postMessage(message, '*', [...ports]));
