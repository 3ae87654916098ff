/** Peer sync status as the node reports it (`GET /api/v1/sync/status`) and the UI shows it. */
export interface PeerStatus {
  nodeId: string;
  name: string;
  address: string;
  connected: boolean;
  /** ISO time anything was last heard from the peer; absent when never. */
  lastSeen?: string;
  /** Age of the oldest local change this peer has not acknowledged, in ms (0: none). */
  lagMs: number;
}

export interface SyncStatus {
  enabled: boolean;
  nodeId: string;
  name: string;
  syncPort?: number;
  fingerprint?: string;
  /** No peer is connected. */
  isolated: boolean;
  /** Local changes not yet acknowledged by any peer. */
  unacknowledgedChanges: number;
  peers: PeerStatus[];
  /** This node's part in the takeover rule (shared/scheduling/takeoverRule.ts). */
  scheduling?: SchedulingStatus;
}

/** Whether this node runs its own scheduled work, and the lease it renews. */
export interface SchedulingStatus {
  /** `catching-up`: its lease lapsed; it waits to hear from its peers before running its old work. */
  state: 'running' | 'catching-up';
  catchingUpSince?: string;
  leaseMs: number;
  skewMarginMs: number;
}

export interface JoinCodeView {
  code: string;
  qrDataUrl: string;
  workspaceId: string;
  address: string;
  fingerprint: string;
}

/** "connected", or how long ago the peer was last heard from. */
export function describePeerPresence(peer: PeerStatus, now: Date): string {
  if (peer.connected) return 'connected';
  if (!peer.lastSeen) return 'never seen';
  const seconds = Math.max(0, Math.round((now.getTime() - Date.parse(peer.lastSeen)) / 1000));
  if (seconds < 60) return `last seen ${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `last seen ${minutes} min ago`;
  return `last seen ${Math.round(minutes / 60)} h ago`;
}

export function describeLag(lagMs: number): string {
  if (lagMs <= 0) return 'up to date';
  if (lagMs < 1000) return `${Math.round(lagMs)} ms behind`;
  if (lagMs < 120_000) return `${Math.round(lagMs / 1000)} s behind`;
  return `${Math.round(lagMs / 60_000)} min behind`;
}

/**
 * Whether this node leads the nodes it can reach now: the lowest node id
 * among itself and its connected peers. Work that any node could do but only
 * one should (handoff reminders) runs on the leader; a partition has one
 * leader per side, and what both sides did merges by its fixed ids.
 */
export function leadsConnectedPeers(status: Pick<SyncStatus, 'nodeId' | 'peers'>): boolean {
  return status.peers.every((peer) => !peer.connected || status.nodeId <= peer.nodeId);
}
