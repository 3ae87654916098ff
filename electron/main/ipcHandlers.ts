import type { IpcMain } from 'electron';
import type { Actor } from '../../shared/commands/command.ts';
import { CommandError, toErrorBody } from '../../shared/commands/errors.ts';
import type { CommandName, CommandResult } from '../../shared/commands/registry.ts';
import {
  IPC_HANDLER_KEYS,
  ipcHandlers,
  type DisplaySummary,
  type IpcArgs,
  type IpcHandlerKey,
  type SeedDemoOutcome,
  type StoragePortGrant,
} from '../../shared/contract/ipc.ts';
import type { NodeInfo } from '../../shared/contract/nodeInfo.ts';
import type { JoinCodeView, SyncStatus } from '../../shared/sync/syncStatus.ts';
import type { IpcImplementations, IpcRouter } from './ipcRouter.ts';

/** The slice of the node (electron/core/node.ts LanternNode) that IPC uses. */
export interface CommandRunner {
  execute<K extends CommandName>(name: K, input: unknown, actor: Actor): Promise<CommandResult<K>>;
  info(): NodeInfo;
  seedDemo(): Promise<SeedDemoOutcome>;
  /** Peer sync, when the node runs it (electron/core/sync/syncService.ts). */
  sync?: { status(): SyncStatus; joinCode(): Promise<JoinCodeView> };
}

export interface IpcServices {
  node: CommandRunner;
  walls: { list(): Promise<DisplaySummary[]>; open(displayId: number): Promise<void> };
  notify(notification: IpcArgs<'notify'>): void;
  storage: { open(webContentsId: number, readOnly: boolean): StoragePortGrant };
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
  return {
    async command({ name, input, actor }) {
      try {
        return { result: await services.node.execute(name, input, actor) };
      } catch (error) {
        if (error instanceof CommandError) return toErrorBody(error);
        log(`Command ${name} failed unexpectedly`, error);
        throw new Error(
          `The node could not run ${name}; nothing was saved. Try again, and restart Lantern if it keeps failing.`,
          { cause: error },
        );
      }
    },
    nodeInfo: () => services.node.info(),
    async seedDemo() {
      try {
        return { result: await services.node.seedDemo() };
      } catch (error) {
        if (error instanceof CommandError) return toErrorBody(error);
        log('Loading the demo organisation failed unexpectedly', error);
        throw new Error('The node could not load the demo organisation; nothing was saved.', {
          cause: error,
        });
      }
    },
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
    syncStatus: () => services.node.sync?.status() ?? syncOff(services.node.info().nodeId),
    joinCode: async () => (services.node.sync ? services.node.sync.joinCode() : null),
    storagePortRequest: (_args, caller) =>
      services.storage.open(caller.webContentsId, caller.readOnly),
  };
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

/** What the status says on a node started without a workspace secret. */
function syncOff(nodeId: string): SyncStatus {
  return { enabled: false, nodeId, name: '', isolated: true, unacknowledgedChanges: 0, peers: [] };
}
