import { createHash, createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { Bonjour, type Browser, type Service } from 'bonjour-service';
import { toDataURL } from 'qrcode';
import type { Subscription } from 'rxjs';
import {
  COLLECTION_NAMES,
  collectionSchema,
  type CollectionName,
} from '../../../shared/store/layout.ts';
import { primaryPathOf } from './syncDocuments.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { loadOrCreateCertificate, type SyncCertificate } from './certificate.ts';
import { encodeJoinCode } from './joinCode.ts';
import { canonicalJson } from '../../../shared/audit/canonicalJson.ts';
import {
  MasterEndpoint,
  SYNC_WRITE_CONTEXT,
  toDocState,
  type Doc,
  type StorageCheckpoint,
} from './masterEndpoint.ts';
import { runForks, serveMaster, type SessionHooks } from './peerSessions.ts';
import { ChangeTracker, type SyncStatus } from './syncStatus.ts';
import { PeerQuarantine } from './peerQuarantine.ts';
import { AuditKeyPins } from './auditKeyPins.ts';
import type { PeerIdentity, SyncChannel } from './syncProtocol.ts';
import type { SyncStore } from './syncStore.ts';
import { dialPeer, startSyncServer, type SyncServer } from './webSocketTransport.ts';
import { HubReplicator } from './hub/hubReplicator.ts';
import type { HubOptions } from './hub/hubOptions.ts';

export interface SyncServiceOptions {
  dataDir: string;
  nodeId: string;
  name: string;
  secret: string;
  /** Address the sync listener binds to. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** host:port of peers to keep connected to. */
  peers: string[];
  /** Fingerprints known in advance (join code), by address. */
  pinned?: Record<string, string>;
  mdns: boolean;
  store: SyncStore;
  log: (message: string) => void;
  /** A peer connected for the first time since it was last away, or went away. */
  onPeerChange?: (change: 'joined' | 'left', peer: PeerIdentity) => void;
  /** The workspace id for join codes. */
  workspaceId?: () => Promise<string>;
  /** This node's audit public key (PEM): announced to peers, who verify its entries with it. */
  auditKey?: string;
  /** A NATS JetStream hub to replicate through as well (docs/hub.md). */
  hub?: HubOptions;
}

const MDNS_TYPE = 'lantern-sync';
const PINS_FILE = 'sync-pins.json';
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 1_000;

/**
 * Peer sync for one node: the TLS listener, connections to every known peer
 * (kept up, retried with back-off), mDNS announcement and discovery, and the
 * status of it all. Replication itself lives in peerSessions.ts.
 */
export class SyncService {
  private readonly options: SyncServiceOptions;
  private readonly tracker = new ChangeTracker();
  private readonly quarantine = new PeerQuarantine();
  private auditKeys: AuditKeyPins | undefined;
  private readonly targets = new Map<string, { stop: boolean; timer?: NodeJS.Timeout }>();
  private readonly links = new Map<string, number>();
  private readonly channels = new Set<SyncChannel>();
  private readonly forkCancels = new Set<() => Promise<void>>();
  private readonly subscriptions: Subscription[] = [];
  private certificate: SyncCertificate | undefined;
  private server: SyncServer | undefined;
  private endpoint: MasterEndpoint | undefined;
  private hub: HubReplicator | undefined;
  private bonjour: Bonjour | undefined;
  private browser: Browser | undefined;
  private pins: Record<string, string> = {};
  private readonly digests = new Map<CollectionName, { count: number; sha256: string }>();
  private readonly changedSinceDigest = new Set<CollectionName>();
  private stopped = false;

  constructor(options: SyncServiceOptions) {
    this.options = options;
  }

  get port(): number | undefined {
    return this.server?.port;
  }

  get fingerprint(): string | undefined {
    return this.certificate?.fingerprint;
  }

  async start(): Promise<void> {
    const { options } = this;
    this.certificate = await loadOrCreateCertificate(options.dataDir, options.nodeId);
    this.auditKeys = new AuditKeyPins(options.dataDir, {
      nodeId: options.nodeId,
      ...(options.auditKey ? { auditKey: options.auditKey } : {}),
    });
    const stored = this.readPins();
    this.pins = { ...stored, ...options.pinned };
    if (Object.entries(options.pinned ?? {}).some(([address, fp]) => stored[address] !== fp))
      this.writePins();
    this.endpoint = new MasterEndpoint({
      instances: options.store.instances,
      onRejected: (r) =>
        options.log(`sync: refused ${r.collection}/${r.id} from a peer: ${r.reason}`),
      acceptance: () => this.acceptance(),
      onViolation: (v) => this.quarantinePeer(v.peer, `${v.collection}/${v.id}: ${v.reason}`),
    });
    for (const [collection, instance] of options.store.instances) {
      this.subscriptions.push(
        instance.changeStream().subscribe((bulk) => {
          this.changedSinceDigest.add(collection);
          const context = (bulk as { context?: string }).context ?? '';
          if (context === SYNC_WRITE_CONTEXT || context.startsWith('replication')) return;
          for (const event of bulk.events) {
            const stored = event.documentData as Doc;
            const lwt = (stored._meta as { lwt?: number } | undefined)?.lwt;
            this.tracker.local(collection, toDocState(stored), lwt);
          }
        }),
      );
    }
    this.server = await startSyncServer({
      host: options.host,
      port: options.port,
      certificate: this.certificate,
      secret: options.secret,
      identity: this.identity(),
      log: options.log,
      onChannel: (channel) => this.serve(channel),
    });
    for (const address of options.peers) this.keepConnected(address);
    if (options.mdns) this.startMdns();
    if (options.hub) this.startHub(options.hub, this.endpoint);
  }

  private startHub(hub: HubOptions, endpoint: MasterEndpoint): void {
    this.hub = new HubReplicator({
      hub,
      secret: this.options.secret,
      nodeId: this.options.nodeId,
      dataDir: this.options.dataDir,
      endpoint,
      log: this.options.log,
      acknowledged: (collection, doc) => this.tracker.acknowledged('hub', collection, doc),
    });
    this.hub.start();
  }

  private hooks(): SessionHooks {
    return {
      log: this.options.log,
      acknowledged: (peer, collection, doc) => this.tracker.acknowledged(peer, collection, doc),
      pulledUpTo: (peer, collection, checkpoint) =>
        this.tracker.pulledUpTo(peer, collection, checkpoint),
      heard: (peer) => this.tracker.heard(peer),
      acceptance: () => this.acceptance(),
      violated: (peer, collection, id, reason) =>
        this.quarantinePeer(peer, `${collection}/${id}: ${reason}`),
    };
  }

  private acceptance() {
    return {
      ownNodeId: this.options.nodeId,
      now: Date.now(),
      publicKeyOf: (nodeId: string) => this.auditKeys?.keyOf(nodeId),
    };
  }

  /**
   * Pin the audit key the peer announced. A different key for a known node id
   * is refused (and not quarantined by that id: the real node must not be
   * locked out by an impostor).
   */
  private keyRefused(peer: PeerIdentity): boolean {
    if (!peer.auditKey || !this.auditKeys) return false;
    const outcome = this.auditKeys.pin(peer.nodeId, peer.auditKey);
    if (outcome !== 'different' && outcome !== 'unreadable') return false;
    this.options.log(
      `sync: refused ${peer.name} (${peer.address}): ${outcome === 'different' ? `its audit key is not the one pinned for ${peer.nodeId}` : 'its audit key is not an Ed25519 key'}`,
    );
    return true;
  }

  /** Cut the peer off and refuse it for a while; the Sync screen names it (peerQuarantine.ts). */
  private quarantinePeer(peer: PeerIdentity, reason: string): void {
    if (this.quarantine.add(peer, reason))
      this.options.log(`sync: quarantined peer ${peer.name} (${peer.address}): sent ${reason}`);
    for (const channel of [...this.channels])
      if (channel.peer.nodeId === peer.nodeId) channel.close('quarantined');
  }

  private linkUp(channel: SyncChannel): boolean {
    if (this.keyRefused(channel.peer)) {
      channel.close('audit key differs');
      return false;
    }
    if (this.quarantine.holds(channel.peer.nodeId)) {
      channel.close('quarantined');
      return false;
    }
    this.channels.add(channel);
    const count = (this.links.get(channel.peer.nodeId) ?? 0) + 1;
    this.links.set(channel.peer.nodeId, count);
    const first = this.tracker.connected(channel.peer);
    if (first && count === 1) {
      this.options.log(`sync: peer ${channel.peer.name} (${channel.peer.address}) joined`);
      this.options.onPeerChange?.('joined', channel.peer);
    }
    channel.onClose(() => {
      this.channels.delete(channel);
      const left = (this.links.get(channel.peer.nodeId) ?? 1) - 1;
      this.links.set(channel.peer.nodeId, left);
      if (left === 0) {
        this.tracker.disconnected(channel.peer.nodeId);
        if (!this.stopped) {
          this.options.log(`sync: peer ${channel.peer.name} (${channel.peer.address}) left`);
          this.options.onPeerChange?.('left', channel.peer);
        }
      }
    });
    return true;
  }

  private identity() {
    const { nodeId, name, auditKey } = this.options;
    return { nodeId, name, ...(auditKey ? { auditKey } : {}) };
  }

  /** An authenticated inbound connection: this node is the master for it. */
  private serve(channel: SyncChannel): void {
    if (this.stopped || !this.endpoint) return channel.close('stopping');
    if (!this.linkUp(channel)) return;
    serveMaster(channel, this.endpoint, COLLECTION_NAMES, this.hooks());
  }

  /** Dial `address` and keep the connection up until the service stops. */
  keepConnected(address: string): void {
    if (this.targets.has(address) || this.stopped) return;
    const target: { stop: boolean; timer?: NodeJS.Timeout } = { stop: false };
    this.targets.set(address, target);
    let delay = RETRY_MIN_MS;
    const attempt = async () => {
      if (target.stop || this.stopped) return;
      try {
        const { channel, fingerprint } = await dialPeer({
          address,
          secret: this.options.secret,
          identity: this.identity(),
          ...(this.pins[address] ? { fingerprint: this.pins[address] } : {}),
          log: this.options.log,
        });
        if (this.stopped) return channel.close('stopping');
        if (!this.pins[address]) {
          this.pins[address] = fingerprint;
          this.writePins();
        }
        delay = RETRY_MIN_MS;
        if (!this.linkUp(channel)) throw new Error(`${channel.peer.name} is quarantined`);
        const closed = new Promise<void>((resolve) => channel.onClose(resolve));
        const forks = await runForks(channel, this.options.store, COLLECTION_NAMES, this.hooks());
        this.forkCancels.add(forks.cancel);
        await closed;
        this.forkCancels.delete(forks.cancel);
        await forks.cancel();
      } catch (error) {
        delay = Math.min(delay * 2, RETRY_MAX_MS);
        const message = (error as Error).message;
        if (message.includes('this node')) target.stop = true;
        else if (!message.includes('ECONNREFUSED') && !message.includes('quarantined'))
          this.options.log(`sync: could not sync with ${address}: ${message}`);
      }
      if (!target.stop && !this.stopped) target.timer = setTimeout(() => void attempt(), delay);
    };
    void attempt();
  }

  /** Cut every connection now (tests: a network partition); dialled peers reconnect. */
  disconnectAll(): void {
    for (const channel of [...this.channels]) channel.close('disconnected');
  }

  private mdnsTag(): string {
    return createHmac('sha256', this.options.secret)
      .update('lantern-mdns')
      .digest('hex')
      .slice(0, 16);
  }

  private startMdns(): void {
    const server = this.server;
    const certificate = this.certificate;
    if (!server || !certificate) return;
    try {
      this.bonjour = new Bonjour({}, (error: Error) =>
        this.options.log(`sync: mDNS error: ${error.message}`),
      );
      const tag = this.mdnsTag();
      this.bonjour.publish({
        name: `Lantern ${this.options.name} ${this.options.nodeId}`,
        type: MDNS_TYPE,
        port: server.port,
        txt: { node: this.options.nodeId, ws: tag, fp: certificate.fingerprint },
      });
      this.browser = this.bonjour.find({ type: MDNS_TYPE }, (service: Service) => {
        const txt = (service.txt ?? {}) as Record<string, string>;
        if (txt.ws !== tag || !txt.node || txt.node === this.options.nodeId) return;
        // One connection per pair: the node with the smaller id dials.
        if (txt.node < this.options.nodeId) return;
        const host = service.addresses?.find((a) => a.includes('.')) ?? service.host;
        const address = `${host}:${service.port}`;
        if (txt.fp && !this.pins[address]) this.pins[address] = txt.fp;
        this.keepConnected(address);
      });
    } catch (error) {
      this.options.log(`sync: mDNS unavailable: ${(error as Error).message}`);
    }
  }

  private readPins(): Record<string, string> {
    const path = join(this.options.dataDir, PINS_FILE);
    if (!existsSync(path)) return {};
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  }

  private writePins(): void {
    writeFileAtomic(join(this.options.dataDir, PINS_FILE), JSON.stringify(this.pins, null, 2));
  }

  status(): SyncStatus {
    const peers = this.tracker.status();
    const hub = this.hub?.status();
    return {
      enabled: true,
      nodeId: this.options.nodeId,
      name: this.options.name,
      ...(this.server ? { syncPort: this.server.port } : {}),
      ...(this.certificate ? { fingerprint: this.certificate.fingerprint } : {}),
      ...peers,
      // A node that reaches the hub is not alone, even with no peer on its LAN.
      isolated: peers.isolated && hub?.state !== 'live',
      ...(hub ? { hub } : {}),
      quarantined: this.quarantine.list(),
    };
  }

  /** Where peers reach this node: the bound address, or the first LAN address when bound to all. */
  advertisedAddress(): string {
    let host = this.options.host;
    if (host === '0.0.0.0' || host === '::') {
      const lan = Object.values(networkInterfaces())
        .flat()
        .find((i) => i && i.family === 'IPv4' && !i.internal);
      host = lan?.address ?? '127.0.0.1';
    }
    return `${host.includes(':') ? `[${host}]` : host}:${this.server?.port ?? this.options.port}`;
  }

  async joinCode(): Promise<{
    code: string;
    qrDataUrl: string;
    workspaceId: string;
    address: string;
    fingerprint: string;
  }> {
    const workspaceId = (await this.options.workspaceId?.()) ?? '';
    const address = this.advertisedAddress();
    const fingerprint = this.certificate?.fingerprint ?? '';
    const code = encodeJoinCode({ workspaceId, address, secret: this.options.secret, fingerprint });
    return {
      code,
      qrDataUrl: await toDataURL(code, { margin: 1, width: 320 }),
      workspaceId,
      address,
      fingerprint,
    };
  }

  /**
   * A digest of every collection (count and SHA-256 over the documents'
   * canonical JSON, in primary-key order): two nodes in sync report the same digests.
   */
  async digest(): Promise<Record<string, { count: number; sha256: string }>> {
    const out: Record<string, { count: number; sha256: string }> = {};
    const endpoint = this.endpoint;
    if (!endpoint) return out;
    for (const collection of COLLECTION_NAMES) {
      // Nothing written since the last digest: reuse it.
      const cached = this.digests.get(collection);
      if (cached && !this.changedSinceDigest.has(collection)) {
        out[collection] = cached;
        continue;
      }
      this.changedSinceDigest.delete(collection);
      const docs: Doc[] = [];
      let checkpoint: StorageCheckpoint | undefined;
      for (;;) {
        const batch = await endpoint.changesSince(collection, checkpoint, 1000);
        docs.push(...batch.documents);
        if (batch.documents.length < 1000) break;
        checkpoint = batch.checkpoint;
      }
      // By primary key: a record's `id` is unique only within its kind.
      const primary = primaryPathOf(collectionSchema(collection));
      docs.sort((a, b) => (String(a[primary]) < String(b[primary]) ? -1 : 1));
      const hash = createHash('sha256');
      for (const doc of docs) hash.update(canonicalJson(doc)).update('\n');
      const digest = { count: docs.length, sha256: hash.digest('hex') };
      this.digests.set(collection, digest);
      out[collection] = digest;
    }
    return out;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.hub?.stop();
    for (const target of this.targets.values()) {
      target.stop = true;
      clearTimeout(target.timer);
    }
    this.subscriptions.forEach((s) => s.unsubscribe());
    await Promise.all([...this.forkCancels].map((cancel) => cancel()));
    for (const channel of [...this.channels]) channel.close('stopping');
    this.browser?.stop();
    await new Promise<void>((resolve) => {
      if (!this.bonjour) return resolve();
      this.bonjour.unpublishAll(() => {
        this.bonjour?.destroy();
        resolve();
      });
    });
    await this.server?.close();
    await this.options.store.close();
  }
}
