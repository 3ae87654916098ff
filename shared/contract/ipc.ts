import { z } from 'zod';
import type { Actor } from '../commands/command.ts';
import type { CommandErrorBody } from '../commands/errors.ts';
import {
  isCommandName,
  type CommandInput,
  type CommandName,
  type CommandResult,
} from '../commands/registry.ts';
import type { NodeInfo } from './nodeInfo.ts';
import type { JoinCodeView, SyncStatus } from '../sync/syncStatus.ts';

/**
 * The one IPC contract between the Electron main process and its windows.
 * Every handler (renderer invokes, main answers) and every event (main
 * pushes) is declared here with the zod schema main validates its argument
 * with. Channels share one prefix so the preload can refuse anything else.
 * How to add a channel: docs/ipc.md.
 */
export const IPC_PREFIX = 'lantern:';
export type IpcChannelName = `lantern:${string}`;

export function isLanternChannel(channel: string): channel is IpcChannelName {
  return channel.startsWith(IPC_PREFIX) && channel.length > IPC_PREFIX.length;
}

/** A handler: one optional argument, validated by `args`; resolves with `Result`. */
export interface IpcHandlerSpec<C extends IpcChannelName, Args extends z.ZodType, Result> {
  readonly channel: C;
  readonly args: Args;
  /** Type-only marker: what the handler resolves with. Never set at run time. */
  readonly result?: () => Result;
}

function defineHandler<Result>() {
  return <const C extends IpcChannelName, Args extends z.ZodType>(channel: C, args: Args) =>
    ({ channel, args }) as IpcHandlerSpec<C, Args, Result>;
}

// ---- argument schemas -------------------------------------------------------

/** Windows act for a person; integrations and the node itself never speak over IPC. */
export const ipcActorSchema = z
  .object({ kind: z.literal('person'), id: z.string().min(1).max(200) })
  .strict() satisfies z.ZodType<Actor>;

export const commandNameSchema = z.custom<CommandName>(
  (value) => typeof value === 'string' && isCommandName(value),
  { message: 'not a Lantern command' },
);

export const commandArgsSchema = z
  .object({ name: commandNameSchema, input: z.unknown(), actor: ipcActorSchema })
  .strict();

export const openWallDisplayArgsSchema = z
  .object({ displayId: z.number().int().nonnegative() })
  .strict();

export const notifyArgsSchema = z
  .object({ title: z.string().trim().min(1).max(120), body: z.string().max(1000) })
  .strict();

/** Print the handoff brief the calling window shows as PDF (Electron's printToPDF). */
export const printBriefPdfArgsSchema = z
  .object({
    briefId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a brief id'),
    pageSize: z.enum(['A4', 'Letter']).default('A4'),
  })
  .strict();

/** Handlers that take no argument accept exactly nothing. */
export const noArgsSchema = z.undefined();

// ---- results ----------------------------------------------------------------

/** A command either succeeds with its result or fails with the typed error body. */
export type CommandReply<K extends CommandName = CommandName> =
  { result: CommandResult<K> } | CommandErrorBody;

export function isCommandFailure(reply: CommandReply): reply is CommandErrorBody {
  return 'error' in reply;
}

export interface DisplaySummary {
  id: number;
  /** What the operating system calls the screen, e.g. "DELL U2720Q". */
  label: string;
  bounds: { x: number; y: number; width: number; height: number };
  primary: boolean;
  /** The wall display was last opened here with this set of screens attached. */
  remembered: boolean;
}

export interface StoragePortGrant {
  /** Wall displays get a read-only storage connection: the node refuses their writes. */
  readOnly: boolean;
}

export type SeedDemoOutcome = 'seeded' | 'already-seeded' | 'workspace-exists';
export type SeedDemoReply = { result: SeedDemoOutcome } | CommandErrorBody;

// ---- handlers ---------------------------------------------------------------

export const ipcHandlers = {
  command: defineHandler<CommandReply>()('lantern:command', commandArgsSchema),
  nodeInfo: defineHandler<NodeInfo>()('lantern:node-info', noArgsSchema),
  openWallDisplay: defineHandler<undefined>()(
    'lantern:open-wall-display',
    openWallDisplayArgsSchema,
  ),
  listDisplays: defineHandler<DisplaySummary[]>()('lantern:list-displays', noArgsSchema),
  notify: defineHandler<undefined>()('lantern:notify', notifyArgsSchema),
  /** Seeds the fictional demo organisation into a node that has no workspace yet. */
  seedDemo: defineHandler<SeedDemoReply>()('lantern:seed-demo', noArgsSchema),
  /** The calling window, showing the brief, printed to PDF with its print styles. */
  printBriefPdf: defineHandler<Uint8Array>()('lantern:print-brief-pdf', printBriefPdfArgsSchema),
  /** Peer sync status (peers, isolation, changes no peer has yet); `enabled: false` when off. */
  syncStatus: defineHandler<SyncStatus>()('lantern:sync-status', noArgsSchema),
  /** The join code for a new node (holds the workspace secret); null while sync is off. */
  joinCode: defineHandler<JoinCodeView | null>()('lantern:join-code', noArgsSchema),
  /** Main answers by posting a fresh MessagePort on `lantern:storage-port` (see ipcEvents). */
  storagePortRequest: defineHandler<StoragePortGrant>()(
    'lantern:storage-port-request',
    noArgsSchema,
  ),
} as const;

export type IpcHandlers = typeof ipcHandlers;
export type IpcHandlerKey = keyof IpcHandlers;
export type IpcArgs<K extends IpcHandlerKey> = z.output<IpcHandlers[K]['args']>;
export type IpcResult<K extends IpcHandlerKey> = ReturnType<NonNullable<IpcHandlers[K]['result']>>;

export const IPC_HANDLER_KEYS = Object.keys(ipcHandlers) as IpcHandlerKey[];

// ---- events (main → renderer) -------------------------------------------------

export const MENU_ACTIONS = [
  'declare-incident',
  'open-command-palette',
  'open-wall-display',
] as const;
export const menuActionSchema = z.enum(MENU_ACTIONS);
export type MenuAction = z.infer<typeof menuActionSchema>;

export const ipcEvents = {
  menuAction: { channel: 'lantern:menu-action', payload: menuActionSchema },
  /** Carries no payload; the MessagePort travels in `event.ports[0]`. */
  storagePort: { channel: 'lantern:storage-port', payload: z.null() },
} as const satisfies Record<string, { channel: IpcChannelName; payload: z.ZodType }>;

/**
 * The preload forwards the storage port into the page with
 * `window.postMessage({ type: STORAGE_PORT_MESSAGE_TYPE }, '*', [port])`;
 * the page accepts it only when `event.source === window`.
 */
export const STORAGE_PORT_MESSAGE_TYPE = 'lantern:storage-port';
export interface StoragePortMessage {
  type: typeof STORAGE_PORT_MESSAGE_TYPE;
}

export function isStoragePortMessage(data: unknown): data is StoragePortMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === STORAGE_PORT_MESSAGE_TYPE
  );
}

// ---- what the preload exposes as window.lantern ---------------------------------

export type Unsubscribe = () => void;

export interface LanternApi {
  /** Resolves with `{ result }` or a CommandErrorBody; rejects only if main refused the call itself. */
  sendCommand<K extends CommandName>(
    name: K,
    input: CommandInput<K>,
    actor: Actor,
  ): Promise<CommandReply<K>>;
  nodeInfo(): Promise<NodeInfo>;
  /** Resolves with `{ result }` or a CommandErrorBody, like sendCommand. */
  seedDemo(): Promise<SeedDemoReply>;
  listDisplays(): Promise<DisplaySummary[]>;
  openWallDisplay(displayId: number): Promise<void>;
  notify(title: string, body: string): Promise<void>;
  /** The handoff brief this window shows, as PDF bytes (print styles applied). */
  printBriefPdf(briefId: string, pageSize?: 'A4' | 'Letter'): Promise<Uint8Array>;
  syncStatus(): Promise<SyncStatus>;
  joinCode(): Promise<JoinCodeView | null>;
  /**
   * Asks main for a new storage MessagePort. Install a `message` listener on
   * window first: the port arrives as a StoragePortMessage with `ports[0]`.
   */
  requestStoragePort(): Promise<StoragePortGrant>;
  onMenuAction(listener: (action: MenuAction) => void): Unsubscribe;
}
