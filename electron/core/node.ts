import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RxDatabase } from 'rxdb';
import { join, resolve } from 'node:path';
import type { Actor } from '../../shared/commands/command.ts';
import type { CommandName, CommandResult } from '../../shared/commands/registry.ts';
import type { NodeInfo } from '../../shared/contract/nodeInfo.ts';
import type { LanternDatabase } from '../../shared/schema/collections.ts';
import {
  createLanternDatabase,
  DEFAULT_DATABASE_NAME,
} from '../../shared/schema/createLanternDatabase.ts';
import { HybridLogicalClock } from '../../shared/time/hlc.ts';
import { appVersion, findAppRoot } from './appPaths.ts';
import { AuditLog } from './audit/auditLog.ts';
import { CommandExecutor } from './commands/commandExecutor.ts';
import { getRxStorageSqlite } from './db/sqlite/index.ts';
import { seedDemoOnce } from './demo/demoOrganisation.ts';
import { ExerciseScheduler } from './exercises/exerciseScheduler.ts';
import { defaultFrameworkInstaller } from './framework/installDefaultFrameworks.ts';
import { HandoffReminderScheduler } from './handoffs/handoffReminderScheduler.ts';
import { createHttpServer } from './http/httpServer.ts';
import { resolveAccessToken } from './identity/accessToken.ts';
import { loadOrCreateNodeIdentity } from './identity/nodeIdentity.ts';
import { announcingPages, NodeEvents } from './notifications/nodeEvents.ts';
import { attachStorageWebSocketServer } from './remote/remoteStorageWebSocket.ts';
import { escalationAutoStarter } from './scheduler/escalationAutoStart.ts';
import { EscalationScheduler } from './scheduler/escalationScheduler.ts';
import { startCommunications } from './communications/nodeCommunications.ts';
import type { ChannelConfigInput } from './communications/channelConfig.ts';

export interface StartNodeOptions {
  dataDir: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  demo?: boolean;
  rendererDir?: string;
  resourcesDir?: string;
  log?: (message: string) => void;
  /** Outbox channels (SMTP, SMS, webhooks, status page); merged over <data>/communications.json. */
  communications?: ChannelConfigInput;
}

export interface LanternNode {
  url: string;
  token: string;
  nodeId: string;
  dataDir: string;
  database: LanternDatabase;
  /** Pages and other announcements for the host (Electron main shows desktop notifications). */
  events: NodeEvents;
  info(): NodeInfo;
  execute<K extends CommandName>(name: K, input: unknown, actor: Actor): Promise<CommandResult<K>>;
  seedDemo(actor?: Actor): Promise<'seeded' | 'already-seeded' | 'workspace-exists'>;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4870;
const SYSTEM_ACTOR: Actor = { kind: 'system', id: 'node' };

/**
 * Start a Lantern node: durable database, command executor, audit chain,
 * HTTP API, the renderer for browsers and the storage WebSocket bridge.
 */
export async function startNode(options: StartNodeOptions): Promise<LanternNode> {
  const log = options.log ?? ((message: string) => console.error(`[lantern] ${message}`));
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const root = findAppRoot();
  const identity = loadOrCreateNodeIdentity(dataDir);
  const token = resolveAccessToken(dataDir, options.token);
  const database = await createLanternDatabase({
    name: DEFAULT_DATABASE_NAME,
    storage: getRxStorageSqlite({ dataDir }),
  });
  const clock = new HybridLogicalClock(identity.nodeId);
  const audit = new AuditLog(database, identity.nodeId, identity.privateKey);
  const resourcesDir = options.resourcesDir ?? join(root, 'resources');
  const execute = (name: string, input: unknown, actor: Actor) =>
    executor.execute(name, input, actor);
  const frameworks = defaultFrameworkInstaller({ database, execute, resourcesDir, log });
  const events = new NodeEvents();
  const announced = announcingPages(execute, events, log);
  const escalations = escalationAutoStarter({
    database,
    execute: announced,
    nodeId: identity.nodeId,
    log,
  });
  const executor = new CommandExecutor({
    database,
    nodeId: identity.nodeId,
    clock,
    audit,
    onExecuted: (name) => {
      frameworks.onExecuted(name);
      escalations.onExecuted(name);
    },
  });
  await frameworks.installMissing();
  const seedDemo = (actor: Actor = SYSTEM_ACTOR) =>
    seedDemoOnce(database, execute, resourcesDir, actor);
  const info = (): NodeInfo => ({
    status: 'ok',
    version: appVersion(root),
    nodeId: identity.nodeId,
    databaseName: DEFAULT_DATABASE_NAME,
  });

  const server = createHttpServer({
    api: { database, execute: announced, info, seedDemo },
    token,
    rendererDir: options.rendererDir ?? join(root, 'dist', 'renderer'),
    log,
  });
  const storageSockets = attachStorageWebSocketServer({
    server,
    database: database as unknown as RxDatabase,
    token,
    log: (event, detail) => log(`storage ${event} ${JSON.stringify(detail)}`),
  });
  const address = await listen(
    server,
    options.host ?? '127.0.0.1',
    options.port ?? DEFAULT_PORT,
  ).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  if (options.demo) log(`demo organisation: ${await seedDemo()}`);
  const scheduler = new EscalationScheduler({ database, execute: announced, log });
  const exercises = new ExerciseScheduler({
    database,
    execute: announced,
    nodeId: identity.nodeId,
    log,
  });
  const handoffReminders = new HandoffReminderScheduler({
    database,
    execute: announced,
    events,
    log,
  });
  await escalations.start();
  await scheduler.start();
  const communications = await startCommunications({
    database,
    execute: announced,
    nodeId: identity.nodeId,
    dataDir,
    config: options.communications,
    events,
    log,
  });
  await exercises.start();
  await handoffReminders.start();

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await scheduler.stop();
      await communications.stop();
      await exercises.stop();
      await handoffReminders.stop();
      await escalations.idle();
      await storageSockets.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await database.close();
    })();
    return closing;
  };
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    token,
    nodeId: identity.nodeId,
    dataDir,
    database,
    events,
    info,
    execute: announced as LanternNode['execute'],
    seedDemo,
    close,
  };
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done(server.address() as AddressInfo);
    });
  });
}
