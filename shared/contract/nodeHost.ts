import { z } from 'zod';
import type { CommandErrorBody } from '../commands/errors.ts';
import type { JoinCodeView, SyncStatus } from '../sync/syncStatus.ts';
import {
  commandArgsSchema,
  notifyArgsSchema,
  type CommandReply,
  type SeedDemoReply,
} from './ipc.ts';
import type { NodeInfo } from './nodeInfo.ts';

/**
 * The one contract between the Electron main process and the node it runs in
 * a utilityProcess (electron/core/nodeHost). Main posts MainToNode messages
 * with `child.postMessage`; the node answers on `process.parentPort`. Both
 * sides parse every message with these schemas before acting on it.
 * Process map and lifecycle: docs/ipc.md.
 */

// ---- requests (main asks, the node answers once) --------------------------------

const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(['invalid-input', 'forbidden', 'not-found', 'conflict', 'unknown-command']),
      message: z.string(),
      problems: z.array(z.object({ field: z.string(), reason: z.string() })),
    }),
  })
  .strict() satisfies z.ZodType<CommandErrorBody>;

const nodeInfoSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  nodeId: z.string(),
  databaseName: z.string(),
}) satisfies z.ZodType<NodeInfo>;

const syncStatusSchema = z.object({
  enabled: z.boolean(),
  nodeId: z.string(),
  name: z.string(),
  syncPort: z.number().optional(),
  fingerprint: z.string().optional(),
  isolated: z.boolean(),
  unacknowledgedChanges: z.number(),
  peers: z.array(
    z.object({
      nodeId: z.string(),
      name: z.string(),
      address: z.string(),
      connected: z.boolean(),
      lastSeen: z.string().optional(),
      lagMs: z.number(),
    }),
  ),
  quarantined: z
    .array(
      z.object({
        nodeId: z.string(),
        name: z.string(),
        address: z.string(),
        reason: z.string(),
        since: z.string(),
        until: z.string(),
      }),
    )
    .optional(),
}) satisfies z.ZodType<SyncStatus>;

const joinCodeSchema = z.object({
  code: z.string(),
  qrDataUrl: z.string(),
  workspaceId: z.string(),
  address: z.string(),
  fingerprint: z.string(),
}) satisfies z.ZodType<JoinCodeView>;

/** A command's result is whatever that command returns; the renderer knows its shape. */
const commandReplySchema = z.union([
  errorBodySchema,
  z.object({ result: z.unknown() }).strict(),
]) as z.ZodType<CommandReply>;

const seedDemoReplySchema = z.union([
  errorBodySchema,
  z.object({ result: z.enum(['seeded', 'already-seeded', 'workspace-exists']) }).strict(),
]) satisfies z.ZodType<SeedDemoReply>;

const noArgs = z.undefined();

function defineRequest<Args extends z.ZodType, Result extends z.ZodType>(
  args: Args,
  result: Result,
) {
  return { args, result };
}

export const nodeRequests = {
  command: defineRequest(commandArgsSchema, commandReplySchema),
  nodeInfo: defineRequest(noArgs, nodeInfoSchema),
  seedDemo: defineRequest(noArgs, seedDemoReplySchema),
  syncStatus: defineRequest(noArgs, syncStatusSchema),
  joinCode: defineRequest(noArgs, joinCodeSchema.nullable()),
  /** Whether the node holds this handoff brief (main prints only what the node knows). */
  briefExists: defineRequest(
    z.object({ briefId: z.string().min(1).max(64) }).strict(),
    z.boolean(),
  ),
} as const;

export type NodeRequests = typeof nodeRequests;
export type NodeRequestName = keyof NodeRequests;
export type NodeRequestArgs<M extends NodeRequestName> = z.output<NodeRequests[M]['args']>;
export type NodeRequestResult<M extends NodeRequestName> = z.output<NodeRequests[M]['result']>;
export const NODE_REQUEST_NAMES = Object.keys(nodeRequests) as [
  NodeRequestName,
  ...NodeRequestName[],
];

// ---- main → node ----------------------------------------------------------------

/** What the node needs to start; peer sync comes from <data folder>/sync.json. */
export const nodeStartOptionsSchema = z
  .object({
    dataDir: z.string().min(1),
    rendererDir: z.string().min(1),
    /** 0 picks a free port; absent keeps the node's default. */
    port: z.number().int().min(0).max(65_535).optional(),
    demo: z.boolean(),
  })
  .strict();
export type NodeStartOptions = z.infer<typeof nodeStartOptionsSchema>;

const requestId = z.number().int().nonnegative();
/** The webContents id of the window a storage port belongs to. */
const windowId = z.number().int().nonnegative();

export const mainToNodeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), options: nodeStartOptionsSchema }).strict(),
  z
    .object({
      type: z.literal('request'),
      id: requestId,
      method: z.enum(NODE_REQUEST_NAMES),
      args: z.unknown(),
    })
    .strict(),
  /** Carries exactly one MessagePort: the node end of the window's storage channel. */
  z.object({ type: z.literal('storage-port'), windowId, readOnly: z.boolean() }).strict(),
  z.object({ type: z.literal('storage-close'), windowId }).strict(),
  /** Close the database and exit; the node answers `closed` first. */
  z.object({ type: z.literal('shutdown') }).strict(),
]);
export type MainToNodeMessage = z.infer<typeof mainToNodeSchema>;

// ---- node → main ----------------------------------------------------------------

/** An error as it crosses the process boundary: no stack, no cause. */
export const nodeErrorSchema = z.object({
  name: z.string().max(200),
  message: z.string().max(4000),
});
export type NodeErrorReport = z.infer<typeof nodeErrorSchema>;

export const nodeToMainSchema = z.discriminatedUnion('type', [
  /** The node serves: its HTTP URL (for the CSP) and id. */
  z.object({ type: z.literal('ready'), url: z.url(), nodeId: z.string().min(1) }).strict(),
  /** The node could not start (data folder in use, bad sync.json …); it exits next. */
  z.object({ type: z.literal('start-failed'), error: nodeErrorSchema }).strict(),
  z.object({ type: z.literal('response'), id: requestId, result: z.unknown() }).strict(),
  /** The request failed inside the node (not a command refusal: that is a `response`). */
  z.object({ type: z.literal('failure'), id: requestId, error: nodeErrorSchema }).strict(),
  /** A desktop notification (pages, updates due, handoff reminders). */
  z.object({ type: z.literal('notify'), notification: notifyArgsSchema }).strict(),
  /** The database is closed; the process exits next. */
  z.object({ type: z.literal('closed') }).strict(),
]);
export type NodeToMainMessage = z.infer<typeof nodeToMainSchema>;

export function errorReport(error: unknown): NodeErrorReport {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  return { name: name.slice(0, 200), message: message.slice(0, 4000) };
}
