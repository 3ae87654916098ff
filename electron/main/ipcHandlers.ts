import type { IpcMain } from 'electron';
import {
  IPC_HANDLER_KEYS,
  ipcHandlers,
  type DisplaySummary,
  type IpcArgs,
  type IpcHandlerKey,
  type StoragePortGrant,
} from '../../shared/contract/ipc.ts';
import type { NodeSupervisor } from './nodeSupervisor.ts';
import { NodeUnavailableError } from './errors.ts';
import type { IpcImplementations, IpcRouter } from './ipcRouter.ts';

export interface IpcServices {
  /** The node in its utility process (electron/main/nodeSupervisor.ts). */
  node: Pick<NodeSupervisor<unknown>, 'request'>;
  walls: { list(): Promise<DisplaySummary[]>; open(displayId: number): Promise<void> };
  notify(notification: IpcArgs<'notify'>): void;
  storage: { open(webContentsId: number, readOnly: boolean): Promise<StoragePortGrant> };
  /** Print the calling window's brief to PDF (electron/main/briefPdf.ts). */
  printBriefPdf(args: IpcArgs<'printBriefPdf'>, webContentsId: number): Promise<Uint8Array>;
  log?: (message: string, error?: unknown) => void;
}

/** What a wall display may ask: reads only. */
export const READ_ONLY_ALLOWED: ReadonlySet<IpcHandlerKey> = new Set<IpcHandlerKey>([
  'nodeInfo',
  'listDisplays',
  'storagePortRequest',
]);

export function createIpcImplementations(services: IpcServices): IpcImplementations {
  const log = services.log ?? console.error;
  const { node } = services;
  return {
    command: (args) =>
      node.request('command', args).catch((error: unknown) => {
        log(`Command ${args.name} failed unexpectedly`, error);
        throw writeFailure(`run ${args.name}`, error);
      }),
    nodeInfo: () => node.request('nodeInfo', undefined),
    seedDemo: () =>
      node.request('seedDemo', undefined).catch((error: unknown) => {
        log('Loading the demo organisation failed unexpectedly', error);
        throw writeFailure('load the demo organisation', error);
      }),
    listDisplays: () => services.walls.list(),
    async openWallDisplay({ displayId }) {
      await services.walls.open(displayId);
      return undefined;
    },
    notify(notification) {
      services.notify(notification);
      return undefined;
    },
    printBriefPdf: (args, caller) => services.printBriefPdf(args, caller.webContentsId),
    syncStatus: () => node.request('syncStatus', undefined),
    joinCode: () => node.request('joinCode', undefined),
    storagePortRequest: (_args, caller) =>
      services.storage.open(caller.webContentsId, caller.readOnly),
  };
}

/**
 * What the window shows when a write did not come back. A command the node
 * received and then lost track of (crash, timeout) may have committed: say
 * so, rather than "nothing was saved".
 */
function writeFailure(what: string, error: unknown): Error {
  if (error instanceof NodeUnavailableError && error.reachedNode)
    return new Error(
      `Lantern's node stopped answering while it tried to ${what}: it may or may not have been saved. Check the timeline before you try again.`,
      { cause: error },
    );
  if (error instanceof NodeUnavailableError)
    return new Error(
      `Lantern's node is not running, so it did not ${what}; nothing was saved. Try again in a moment. (${error.message})`,
      { cause: error },
    );
  return new Error(
    `The node could not ${what}; nothing was saved. Try again, and restart Lantern if it keeps failing.`,
    { cause: error },
  );
}

/** Registers every contract handler; returns a function that removes them all. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  router: IpcRouter,
): () => void {
  for (const key of IPC_HANDLER_KEYS) {
    ipcMain.handle(ipcHandlers[key].channel, (event, ...args: unknown[]) =>
      router.handle(key, event, args),
    );
  }
  return () => {
    for (const key of IPC_HANDLER_KEYS) ipcMain.removeHandler(ipcHandlers[key].channel);
  };
}
