import { connect, type JetStreamClient, type NatsConnection } from 'nats';
import { COLLECTION_NAMES, type CollectionName } from '../../../../shared/store/layout.ts';
import type { HubState, HubStatus } from '../../../../shared/sync/syncStatus.ts';
import type { Doc, MasterEndpoint, StorageCheckpoint } from '../masterEndpoint.ts';
import { connectionOptions, type HubOptions } from './hubOptions.ts';
import { hubNames, type HubNames } from './hubEnvelope.ts';
import { pullFromHub } from './hubPull.ts';
import { pushToHub } from './hubPush.ts';
import { ensureStream } from './hubStream.ts';
import { readHubCheckpoints, writeHubCheckpoints, type HubCheckpoints } from './hubState.ts';
import { HubPending } from './hubPending.ts';

export interface HubReplicatorOptions {
  hub: HubOptions;
  secret: string;
  nodeId: string;
  dataDir: string;
  endpoint: MasterEndpoint;
  log(message: string): void;
  /** The hub stored this version of a local document. */
  acknowledged(collection: CollectionName, doc: Doc): void;
  now?: () => number;
}

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 2_000;
const PUSH_IDLE_MS = 1_000;

/**
 * Replication through a NATS JetStream hub, beside peer sync: this node
 * publishes every change it stores to its workspace's stream and applies
 * every message of that stream, in order, through the same validation and
 * merge as a peer's push. The hub is storage only; nothing on it is trusted.
 */
export class HubReplicator {
  private readonly options: HubReplicatorOptions;
  private readonly names: HubNames;
  private readonly pending: HubPending;
  private checkpoints: HubCheckpoints;
  private connection: NatsConnection | undefined;
  private state: HubState = 'connecting';
  private problem: string | undefined;
  private lastContact: number | undefined;
  private behind = 0;
  private refusedCount = 0;
  private stopped = false;
  private pushWanted = true;
  /** Set on reconnect: read again from the last applied message on a fresh consumer. */
  private restartPull = false;
  private wake: (() => void) | undefined;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(options: HubReplicatorOptions) {
    this.options = options;
    this.names = hubNames(options.secret);
    this.checkpoints = readHubCheckpoints(options.dataDir, this.names.stream);
    this.pending = new HubPending(options.now ?? Date.now);
  }

  start(): void {
    const { endpoint } = this.options;
    for (const collection of COLLECTION_NAMES) {
      const subscription = endpoint.changes(collection).subscribe(({ documents }) => {
        for (const doc of documents) this.pending.changed(collection, doc);
        this.pushWanted = true;
        this.wake?.();
      });
      this.unsubscribe.push(() => subscription.unsubscribe());
    }
    void this.run();
  }

  private async run(): Promise<void> {
    let delay = RETRY_MIN_MS;
    while (!this.stopped) {
      try {
        await this.session();
        delay = RETRY_MIN_MS;
      } catch (error) {
        this.noteFailure(error);
        delay = Math.min(delay * 2, RETRY_MAX_MS);
      }
      if (!this.stopped) await sleep(delay);
    }
  }

  private noteFailure(error: unknown): void {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    if (this.state === 'incompatible') return;
    const refused = code === 'AUTHORIZATION_VIOLATION' || /authori[sz]ation/i.test(message);
    const next: HubState = refused ? 'refused' : 'connecting';
    if (next !== this.state || message !== this.problem)
      this.options.log(`hub: ${refused ? 'credentials refused' : 'not reachable'}: ${message}`);
    this.state = next;
    this.problem = refused ? 'the hub refused this node’s credentials' : message;
  }

  /** One connection: set up the stream, then push and pull until it closes. */
  private async session(): Promise<void> {
    const connection = await connect(connectionOptions(this.options.hub, this.options.nodeId));
    this.connection = connection;
    try {
      const js = connection.jetstream();
      const info = await ensureStream(connection, this.names, this.options.log);
      if (info.lastSeq < this.checkpoints.appliedSeq) {
        // The stream is younger than what this node read: the hub lost its
        // data (or was replaced). Publish everything again so it holds it.
        this.options.log('hub: the stream is behind this node; publishing every document again');
        this.checkpoints = { stream: this.names.stream, appliedSeq: 0, pushed: {} };
        this.saveCheckpoints();
      }
      this.contact();
      this.watchStatus(connection);
      const pushing = this.pushLoop(js);
      while (!this.stopped && !connection.isClosed() && this.state !== 'incompatible') {
        this.restartPull = false;
        await pullFromHub(
          js,
          this.pullTarget(),
          () => this.stopped || this.restartPull || connection.isClosed(),
        ).catch((error: unknown) => this.noteFailure(error));
        if (this.restartPull || this.state !== 'live') await sleep(RETRY_MIN_MS);
      }
      if (this.state === 'incompatible' && !this.stopped) await this.stoppedOrClosed(connection);
      await connection.close();
      await pushing;
    } finally {
      this.connection = undefined;
      if (!connection.isClosed()) await connection.close().catch(() => undefined);
      if (this.state === 'live') this.state = 'connecting';
    }
  }

  private async stoppedOrClosed(connection: NatsConnection): Promise<void> {
    while (!this.stopped && !connection.isClosed()) await sleep(PUSH_IDLE_MS);
  }

  private contact(): void {
    this.lastContact = (this.options.now ?? Date.now)();
    if (this.state !== 'incompatible') {
      if (this.state !== 'live') this.options.log('hub: live');
      this.state = 'live';
      this.problem = undefined;
    }
  }

  private watchStatus(connection: NatsConnection): void {
    void (async () => {
      for await (const event of connection.status()) {
        if (event.type === 'disconnect' && this.state === 'live') {
          this.state = 'connecting';
          this.problem = `lost the connection to ${String(event.data)}`;
          this.options.log(`hub: ${this.problem}`);
        } else if (event.type === 'reconnect') {
          this.contact();
          this.restartPull = true;
          this.pushWanted = true;
          this.wake?.();
        }
      }
    })().catch(() => undefined);
  }

  private async pushLoop(js: JetStreamClient): Promise<void> {
    const connection = this.connection;
    while (!this.stopped && connection && !connection.isClosed()) {
      if (this.pushWanted) {
        this.pushWanted = false;
        try {
          await pushToHub(js, this.pushSource());
          this.contact();
        } catch (error) {
          this.pushWanted = true;
          if (!connection.isClosed()) this.noteFailure(error);
        }
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, PUSH_IDLE_MS);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  private pushSource() {
    return {
      names: this.names,
      nodeId: this.options.nodeId,
      endpoint: this.options.endpoint,
      pushedUpTo: (collection: CollectionName) => this.checkpoints.pushed[collection],
      pushed: (collection: CollectionName, checkpoint: StorageCheckpoint) => {
        this.checkpoints.pushed[collection] = checkpoint;
        this.saveCheckpoints();
      },
      fromHub: (collection: CollectionName, doc: Doc) => this.pending.isOnHub(collection, doc),
      acknowledged: (collection: CollectionName, doc: Doc) => {
        this.pending.hubHolds(collection, doc);
        this.options.acknowledged(collection, doc);
      },
    };
  }

  private pullTarget() {
    return {
      names: this.names,
      endpoint: this.options.endpoint,
      log: this.options.log,
      appliedSeq: () => this.checkpoints.appliedSeq,
      applied: (seq: number, behind: number) => {
        this.checkpoints.appliedSeq = seq;
        this.behind = behind;
        this.saveCheckpoints();
        this.contact();
      },
      received: (collection: CollectionName, doc: Doc) => this.pending.hubHolds(collection, doc),
      refused: (reason: string) => {
        this.refusedCount++;
        this.options.log(`hub: refused ${reason}`);
      },
      incompatible: (reason: string) => {
        this.state = 'incompatible';
        this.problem = reason;
        this.options.log(`hub: stopped reading: ${reason}`);
      },
    };
  }

  private saveCheckpoints(): void {
    writeHubCheckpoints(this.options.dataDir, this.checkpoints);
  }

  status(): HubStatus {
    const now = (this.options.now ?? Date.now)();
    const connectedTo = this.state === 'live' ? this.connection?.getServer() : undefined;
    return {
      state: this.state,
      servers: this.options.hub.servers,
      ...(connectedTo ? { connectedTo } : {}),
      ...(this.problem ? { problem: this.problem } : {}),
      pendingChanges: this.pending.size,
      lagMs: this.pending.oldestAge(now),
      behindMessages: this.behind,
      refusedMessages: this.refusedCount,
      ...(this.lastContact ? { lastContact: new Date(this.lastContact).toISOString() } : {}),
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe.forEach((stop) => stop());
    this.wake?.();
    await this.connection?.close().catch(() => undefined);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
