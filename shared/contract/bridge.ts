import type { Observable } from 'rxjs';
import type { RxStorage } from 'rxdb';
import type { Actor } from '../commands/command.ts';
import type { CommandInput, CommandName, CommandResult } from '../commands/registry.ts';
import type { NodeInfo } from './nodeInfo.ts';

export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'offline';

/**
 * How the renderer reaches its node. Two implementations, chosen at start:
 * Electron IPC + MessagePort (desktop) and HTTP + WebSocket (browsers).
 * Commands are the only way to write; the storage is for reactive reads.
 */
export interface LanternBridge {
  readonly kind: 'electron' | 'browser';
  /** Wall displays are read-only: the node refuses their writes. */
  readonly readOnly: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- remote storage is storage-agnostic
  readonly storage: RxStorage<any, any>;
  readonly connection$: Observable<ConnectionState>;
  nodeInfo(): Promise<NodeInfo>;
  /** Rejects with a CommandError (typed code, message, field problems). */
  sendCommand<K extends CommandName>(
    name: K,
    input: CommandInput<K>,
    actor: Actor,
  ): Promise<CommandResult<K>>;
  close(): Promise<void>;
}
