import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RxDatabase } from 'rxdb';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { Actor } from '../../shared/commands/command.ts';
import type { CommandName, CommandResult } from '../../shared/commands/registry.ts';
import type { NodeInfo } from '../../shared/contract/nodeInfo.ts';
import { DEFAULT_DATABASE_NAME, type LanternDatabase } from '../../shared/store/database.ts';
import { kindStore } from '../../shared/store/kindStore.ts';
import { invalidRecordMessage, reportInvalidRecordsTo } from '../../shared/store/kindValidation.ts';
import { HybridLogicalClock } from '../../shared/time/hlc.ts';
import { appVersion, findAppRoot } from './appPaths.ts';
import { AuditLog } from './audit/auditLog.ts';
import { CommandExecutor } from './commands/commandExecutor.ts';
import { getRxStorageSqlite } from './db/sqlite/index.ts';
import { openWithCurrentLayout } from './store/layoutUpgrade.ts';
import { nodeFeatures } from './features.ts';
import { featureServices } from './features/featureServices.ts';
import { nodeChangeFeed } from './reactions/changeFeed.ts';
import { CheckpointFile } from './reactions/checkpointFile.ts';
import { CommittedCommands } from './reactions/committedCommands.ts';
import { systemClock } from './scheduler/schedulerClock.ts';
import { seedDemoOnce } from './demo/demoOrganisation.ts';
import { defaultFrameworkInstaller } from './framework/installDefaultFrameworks.ts';
import { secureDataFolder } from './files/dataFolderPermissions.ts';
import { createHttpServer } from './http/httpServer.ts';
import { RequestGuard } from './http/requestGuards.ts';
import { TokenThrottle } from './http/tokenThrottle.ts';
import { AccessTokenService } from './access/accessTokenService.ts';
import { requestAuthenticator } from './access/requestAuthentication.ts';
import { SessionService } from './access/sessionService.ts';
import { storageModeFor } from './access/storageAccess.ts';
import { resolveAccessToken } from './identity/accessToken.ts';
import { loadOrCreateNodeIdentity } from './identity/nodeIdentity.ts';
import { announcingPages, NodeEvents } from './notifications/nodeEvents.ts';
import { attachStorageWebSocketServer } from './remote/remoteStorageWebSocket.ts';
import { leadsConnectedPeers } from '../../shared/sync/syncStatus.ts';
import { SyncService } from './sync/syncService.ts';
import { PeerTimelineNotes } from './sync/peerTimelineNotes.ts';
import type { HubOptions } from './sync/hub/hubOptions.ts';
import { databaseInstances, syncStoreFor } from './sync/syncStore.ts';
import { loadChannelConfig, type ChannelConfigInput } from './communications/channelConfig.ts';
import type { LeaseTiming } from '../../shared/scheduling/takeoverRule.ts';
import { WorkLease } from './scheduling/workLease.ts';

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
  /** Peer sync (issue 5); off when absent. */
  sync?: NodeSyncOptions;
  /** Host names browsers may reach this node by, besides loopback and the machine's own (docs/security.md). */
  allowedHosts?: string[];
  /** The scheduler lease (takeover rule); default 90 s plus a 30 s clock-skew margin. */
  lease?: LeaseTiming;
}

export interface NodeSyncOptions {
  /** The workspace secret every peer proves it knows. */
  secret: string;
  /** TLS port peers connect to; default the HTTP port + 1 (any free port when HTTP picks one). */
  port?: number;
  /** host:port of peers' sync ports to keep connected to. */
  peers?: string[];
  /** Fingerprints pinned in advance (join code), by peer address. */
  pinned?: Record<string, string>;
  /** Announce and discover peers on the LAN by mDNS (default on). */
  mdns?: boolean;
  /** Address the sync port binds to; default the HTTP host (the desktop app keeps HTTP local). */
  host?: string;
  /** A NATS JetStream hub to replicate through beside the peers (docs/hub.md). */
  hub?: HubOptions;
}

export interface LanternNode {
  url: string;
  token: string;
  nodeId: string;
  dataDir: string;
  database: LanternDatabase;
  /** Pages and other announcements for the host (Electron main shows desktop notifications). */
  events: NodeEvents;
  /** Peer sync, when started with sync options. */
  sync?: SyncService;
  /** This node's scheduler lease, with peer sync. */
  workLease?: WorkLease;
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
  const tightened = secureDataFolder(dataDir);
  if (tightened.length > 0)
    log(`data folder: made owner-only (it was readable by others): ${tightened.join(', ') || '.'}`);
  const root = findAppRoot();
  const identity = loadOrCreateNodeIdentity(dataDir);
  const token = resolveAccessToken(dataDir, options.token);
  const storage = getRxStorageSqlite({ dataDir });
  reportInvalidRecordsTo((kind, id, problem) => log(invalidRecordMessage(kind, id, problem)));
  const database = await openWithCurrentLayout({
    dataDir,
    databaseName: DEFAULT_DATABASE_NAME,
    storage,
    log,
  });
  const clock = new HybridLogicalClock(identity.nodeId);
  const audit = new AuditLog(database, identity.nodeId, identity.privateKey);
  const resourcesDir = options.resourcesDir ?? join(root, 'resources');
  const execute = (name: string, input: unknown, actor: Actor) =>
    executor.execute(name, input, actor);
  const frameworks = defaultFrameworkInstaller({ database, execute, resourcesDir, log });
  const events = new NodeEvents();
  const announced = announcingPages(execute, events, log);
  const committed = new CommittedCommands(log);
  const executor = new CommandExecutor({
    database,
    nodeId: identity.nodeId,
    clock,
    audit,
    // A command's documents and its audit entry commit in one transaction.
    writeBatch: (work) => storage.runInWriteBatch(DEFAULT_DATABASE_NAME, work),
    onCommitted: committed.publish,
  });
  // Synchronous, so the defaults are queued before whatever a person sends next.
  committed.subscribe((command) => frameworks.onExecuted(command.name));
  await frameworks.installMissing();
  const seedDemo = (actor: Actor = SYSTEM_ACTOR) =>
    seedDemoOnce(database, execute, resourcesDir, actor);
  const info = (): NodeInfo => ({
    status: 'ok',
    version: appVersion(root),
    nodeId: identity.nodeId,
    databaseName: DEFAULT_DATABASE_NAME,
  });

  // Coalesced so a flapping peer cannot flood the timelines (peerTimelineNotes.ts).
  const peerNotes = new PeerTimelineNotes({ database, execute, log });
  const sync = options.sync
    ? new SyncService({
        dataDir,
        nodeId: identity.nodeId,
        name: hostname(),
        secret: options.sync.secret,
        host: options.sync.host ?? options.host ?? '127.0.0.1',
        port:
          options.sync.port ??
          ((options.port ?? DEFAULT_PORT) === 0 ? 0 : (options.port ?? DEFAULT_PORT) + 1),
        peers: options.sync.peers ?? [],
        ...(options.sync.pinned ? { pinned: options.sync.pinned } : {}),
        mdns: options.sync.mdns ?? true,
        store: syncStoreFor(storage, DEFAULT_DATABASE_NAME, databaseInstances(database)),
        log,
        onPeerChange: (change, peer) => peerNotes.noteChange(change, peer),
        workspaceId: async () => (await kindStore(database).findOne('workspaces'))?.id ?? '',
        auditKey: identity.publicKeyPem,
        ...(options.sync.hub ? { hub: options.sync.hub } : {}),
      })
    : undefined;
  const workLease = sync
    ? new WorkLease({
        database,
        execute: announced,
        nodeId: identity.nodeId,
        nodeName: hostname(),
        clock: systemClock,
        log,
        connectedPeers: () =>
          sync
            .status()
            .peers.filter((peer) => peer.connected)
            .map((peer) => peer.nodeId),
        ...(options.lease ? { timing: options.lease } : {}),
      })
    : undefined;
  // One guard and one throttle for the API and the storage socket (docs/security.md).
  const guard = new RequestGuard({ allowedHosts: options.allowedHosts ?? [] });
  const throttle = new TokenThrottle();
  const access = {
    sessions: new SessionService({ database, nodeId: identity.nodeId, execute: announced }),
    tokens: new AccessTokenService(database),
  };
  const authentication = { nodeToken: token, ...access };
  const server = createHttpServer({
    api: {
      database,
      execute: announced,
      info,
      seedDemo,
      access,
      channelConfig: () => loadChannelConfig(dataDir, options.communications),
      ...(sync ? { sync: syncWithScheduling(sync, workLease) } : {}),
    },
    features: nodeFeatures,
    authenticate: requestAuthenticator(authentication),
    secrets: [token],
    rendererDir: options.rendererDir ?? join(root, 'dist', 'renderer'),
    log,
    guard,
    throttle,
  });
  const storageSockets = attachStorageWebSocketServer({
    server,
    database: database as unknown as RxDatabase,
    token,
    guard,
    throttle,
    authorise: (bearer) => storageModeFor(authentication, bearer),
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
  await sync?.start().catch(async (error: unknown) => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    await database.close();
    throw error;
  });
  const services = featureServices({
    features: nodeFeatures,
    committed,
    changes: nodeChangeFeed(committed, database),
    checkpoints: new CheckpointFile(dataDir),
    runtime: {
      database,
      execute: announced,
      nodeId: identity.nodeId,
      dataDir,
      events,
      clock: systemClock,
      log,
      ...(options.communications ? { communications: options.communications } : {}),
      ...(sync ? { leads: () => leadsConnectedPeers(sync.status()) } : {}),
      ...(workLease ? { workLease } : {}),
    },
  });
  await services.start();

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await services.stop();
      await sync?.stop();
      await peerNotes.flush();
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
    ...(sync ? { sync } : {}),
    ...(workLease ? { workLease } : {}),
    info,
    execute: announced as LanternNode['execute'],
    seedDemo,
    close,
  };
}

/** The sync status with this node's part in the takeover rule, for the Sync view. */
function syncWithScheduling(sync: SyncService, workLease: WorkLease | undefined) {
  return {
    status: () => ({
      ...sync.status(),
      ...(workLease ? { scheduling: workLease.status() } : {}),
    }),
    joinCode: () => sync.joinCode(),
    digest: () => sync.digest(),
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
