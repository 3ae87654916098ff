import type { Actor } from '../../../../shared/commands/command.ts';
import type {
  CommandInput,
  CommandName,
  CommandResult,
} from '../../../../shared/commands/registry.ts';
import type { LanternApi } from '../../../../shared/contract/ipc.ts';
import { commandErrorFromBody, readOnlyRefusal } from './bridgeErrors.ts';
import type { RemoteStorageConnection, RendererBridge } from './rendererBridge.ts';

export interface ElectronBridgeOptions {
  api: LanternApi;
  storage: RemoteStorageConnection;
  /** From the storage grant: wall windows are read-only. */
  readOnly: boolean;
}

/** Talks to the node in the Electron main process over IPC and a MessagePort. */
export function createElectronBridge(options: ElectronBridgeOptions): RendererBridge {
  const { api } = options;
  return {
    kind: 'electron',
    readOnly: options.readOnly,
    storage: options.storage.storage,
    connection$: options.storage.state$,
    nodeInfo: () => api.nodeInfo(),
    async sendCommand<K extends CommandName>(
      name: K,
      input: CommandInput<K>,
      actor: Actor,
    ): Promise<CommandResult<K>> {
      if (options.readOnly) throw readOnlyRefusal();
      const reply = await api.sendCommand(name, input, actor);
      const failure = commandErrorFromBody(reply);
      if (failure) throw failure;
      return (reply as { result: CommandResult<K> }).result;
    },
    async seedDemo() {
      if (options.readOnly) throw readOnlyRefusal();
      const reply = await api.seedDemo();
      const failure = commandErrorFromBody(reply);
      if (failure) throw failure;
      return (reply as { result: unknown }).result;
    },
    briefPdf: (briefId) => api.printBriefPdf(briefId),
    syncStatus: () => api.syncStatus(),
    async joinCode() {
      const code = await api.joinCode();
      if (!code)
        throw new Error(
          'Peer sync is off on this computer: add a workspace secret in sync.json in the data folder and restart Lantern',
        );
      return code;
    },
    async close() {
      await options.storage.close();
    },
  };
}
