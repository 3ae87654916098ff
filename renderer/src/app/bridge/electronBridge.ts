import type { Actor } from '../../../../shared/commands/command.ts';
import type { CommandInput, CommandName, CommandResult } from '../../../../shared/commands/registry.ts';
import { CommandError } from '../../../../shared/commands/errors.ts';
import { commandErrorFromBody, readOnlyRefusal } from './bridgeErrors.ts';
import type { LanternWindowApi } from './lanternWindow.ts';
import type { RemoteStorageConnection, RendererBridge } from './rendererBridge.ts';

export interface ElectronBridgeOptions {
  api: LanternWindowApi;
  storage: RemoteStorageConnection;
  readOnly: boolean;
}

/** Unwraps an IPC reply: a `{ result }`, a `{ error }` body, or a bare result. */
function unwrapReply(reply: unknown): unknown {
  const commandError = commandErrorFromBody(reply);
  if (commandError) throw commandError;
  if (typeof reply === 'object' && reply !== null && 'result' in reply) return (reply as { result: unknown }).result;
  return reply;
}

/** IPC rejections lose their class; rebuild a CommandError when the body survived. */
function rethrow(error: unknown): never {
  if (error instanceof CommandError) throw error;
  throw commandErrorFromBody(error) ?? error;
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
    async sendCommand<K extends CommandName>(name: K, input: CommandInput<K>, actor: Actor) {
      if (options.readOnly) throw readOnlyRefusal();
      const reply = await api.command(name, input, actor).catch(rethrow);
      return unwrapReply(reply) as CommandResult<K>;
    },
    async seedDemo() {
      if (options.readOnly) throw readOnlyRefusal();
      if (!api.seedDemo) throw new CommandError('unknown-command', 'This version of the desktop app cannot load the demo organisation.');
      return unwrapReply(await api.seedDemo().catch(rethrow));
    },
    async close() {
      await options.storage.close();
    },
  };
}
