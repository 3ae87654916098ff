// A peer that sent something it may not write (peerAcceptance.ts) is cut off
// and refused for a while: its connections close, new ones from its node id
// are closed as soon as they authenticate, and the Sync screen names it with
// the reason so an operator can find the machine. The quarantine lasts an
// hour, or until the node restarts (it is kept in memory).
import type { QuarantinedPeer } from '../../../shared/sync/syncStatus.ts';
import type { PeerIdentity } from './syncProtocol.ts';

export const QUARANTINE_MS = 60 * 60_000;

export class PeerQuarantine {
  private readonly peers = new Map<string, QuarantinedPeer>();
  private readonly now: () => number;
  private readonly durationMs: number;

  constructor(options: { now?: () => number; durationMs?: number } = {}) {
    this.now = options.now ?? Date.now;
    this.durationMs = options.durationMs ?? QUARANTINE_MS;
  }

  /** Quarantine the peer; false when it already was (one log line per offence is enough). */
  add(peer: PeerIdentity, reason: string): boolean {
    const already = this.holds(peer.nodeId);
    const now = this.now();
    this.peers.set(peer.nodeId, {
      nodeId: peer.nodeId,
      name: peer.name,
      address: peer.address,
      reason,
      since: new Date(now).toISOString(),
      until: new Date(now + this.durationMs).toISOString(),
    });
    return !already;
  }

  holds(nodeId: string): boolean {
    const entry = this.peers.get(nodeId);
    if (!entry) return false;
    if (Date.parse(entry.until) > this.now()) return true;
    this.peers.delete(nodeId);
    return false;
  }

  list(): QuarantinedPeer[] {
    return [...this.peers.keys()]
      .filter((nodeId) => this.holds(nodeId))
      .map((nodeId) => this.peers.get(nodeId) as QuarantinedPeer);
  }
}
