import type { CollectionName } from '../../../shared/store/layout.ts';
import { latestClock } from '../../../shared/sync/fieldClocks.ts';
import type { PeerStatus, SyncStatus } from '../../../shared/sync/syncStatus.ts';
import type { Doc } from './masterEndpoint.ts';

export type { PeerStatus, SyncStatus };

const MAX_TRACKED = 200_000;

/**
 * A document's key in the tracker: its primary key. A record's is its `rid`
 * (`<kind>|<id>`), which is also the id a peer's acknowledgement names.
 */
function documentKey(collection: CollectionName, doc: Doc): string {
  const primary = collection === 'records' && typeof doc.rid === 'string' ? doc.rid : doc.id;
  return `${collection}/${String(primary)}`;
}

/**
 * Which local changes have reached a peer. A local change (a command's
 * write on this node) is pending until some peer acknowledges a version of
 * the document at least as new: by accepting our push, by storing what it
 * pulled from us, or by pushing such a version itself.
 */
export class ChangeTracker {
  private readonly pending = new Map<
    string,
    { clock: string; at: number; collection: CollectionName; primary: string; lwt?: number }
  >();
  private readonly perPeer = new Map<string, Map<string, number>>();
  private readonly peers = new Map<string, PeerStatus>();
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  /** `lwt`: where the stored version sits in the collection's changes feed. */
  local(collection: CollectionName, doc: Doc, lwt?: number): void {
    const clock = latestClock(doc);
    if (!clock) return;
    const key = documentKey(collection, doc);
    const at = this.now();
    const primary = key.slice(collection.length + 1);
    if (this.pending.size < MAX_TRACKED)
      this.pending.set(key, {
        clock,
        at,
        collection,
        primary,
        ...(lwt === undefined ? {} : { lwt }),
      });
    for (const unacked of this.perPeer.values())
      if (!unacked.has(key) && unacked.size < MAX_TRACKED) unacked.set(key, at);
  }

  acknowledged(peerNodeId: string, collection: CollectionName, doc: Doc): void {
    const clock = latestClock(doc);
    if (!clock) return;
    const key = documentKey(collection, doc);
    const pending = this.pending.get(key);
    if (pending && pending.clock <= clock) this.pending.delete(key);
    if (!pending || pending.clock <= clock) this.perPeer.get(peerNodeId)?.delete(key);
  }

  /**
   * A peer pulling after `checkpoint` holds every version of the collection
   * stored up to it: those changes are acknowledged, as if acked one by one.
   */
  pulledUpTo(
    peerNodeId: string,
    collection: CollectionName,
    checkpoint: { id: string; lwt: number },
  ): void {
    for (const [key, change] of this.pending) {
      if (change.collection !== collection || change.lwt === undefined) continue;
      const covered =
        change.lwt < checkpoint.lwt ||
        (change.lwt === checkpoint.lwt && change.primary <= checkpoint.id);
      if (!covered) continue;
      this.pending.delete(key);
      this.perPeer.get(peerNodeId)?.delete(key);
    }
  }

  connected(peer: { nodeId: string; name: string; address: string }): boolean {
    const known = this.peers.get(peer.nodeId);
    const first = !known?.connected;
    this.peers.set(peer.nodeId, {
      ...peer,
      connected: true,
      lastSeen: new Date(this.now()).toISOString(),
      lagMs: 0,
    });
    if (!this.perPeer.has(peer.nodeId)) {
      // A new peer has seen none of what is still pending here.
      const unacked = new Map<string, number>();
      for (const [key, { at }] of this.pending) unacked.set(key, at);
      this.perPeer.set(peer.nodeId, unacked);
    }
    return first;
  }

  disconnected(nodeId: string): void {
    const known = this.peers.get(nodeId);
    if (known) known.connected = false;
  }

  heard(nodeId: string): void {
    const known = this.peers.get(nodeId);
    if (known) known.lastSeen = new Date(this.now()).toISOString();
  }

  status(): { peers: PeerStatus[]; unacknowledgedChanges: number; isolated: boolean } {
    const now = this.now();
    const peers = [...this.peers.values()].map((peer) => {
      let oldest = now;
      for (const at of this.perPeer.get(peer.nodeId)?.values() ?? []) if (at < oldest) oldest = at;
      return { ...peer, lagMs: now - oldest };
    });
    return {
      peers: peers.sort((a, b) => a.name.localeCompare(b.name)),
      unacknowledgedChanges: this.pending.size,
      isolated: !peers.some((peer) => peer.connected),
    };
  }
}
