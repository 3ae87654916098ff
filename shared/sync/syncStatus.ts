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

/** A peer cut off for sending what it may not write (electron/core/sync/peerAcceptance.ts). */
export interface QuarantinedPeer {
  nodeId: string;
  name: string;
  address: string;
  /** What it sent, in words. */
  reason: string;
  since: string;
  until: string;
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
  /** Peers refused for what they sent; absent before any. */
  quarantined?: QuarantinedPeer[];
  /** The NATS JetStream hub, when the node is configured with one. */
  hub?: HubStatus;
  /** This node's part in the takeover rule (shared/scheduling/takeoverRule.ts). */
  scheduling?: SchedulingStatus;
}

/**
 * - `live`: connected and the workspace's stream answers (the only state shown as Live);
 * - `connecting`: first contact or reconnecting after the hub or the network went away;
 * - `refused`: the hub turned down this node's credentials (it gets and sends nothing);
 * - `incompatible`: the stream holds a change from a node with another data
 *   layout; this node stops reading there until it is updated.
 */
export type HubState = 'live' | 'connecting' | 'refused' | 'incompatible';

export interface HubStatus {
  state: HubState;
  /** The hub servers this node was given (nats://host:port). */
  servers: string[];
  /** The server this node is connected to now, when live. */
  connectedTo?: string;
  /** Why the hub is not live, in words. */
  problem?: string;
  /** Local changes the hub has not acknowledged yet. */
  pendingChanges: number;
  /** Age of the oldest of those changes in ms (0: none pending). */
  lagMs: number;
  /** Messages on the hub this node has not read yet (as of the last read). */
  behindMessages: number;
  /** Messages refused (forged, malformed or failing validation), since the node started. */
  refusedMessages: number;
  /** ISO time the hub last answered. */
  lastContact?: string;
}

export function describeHubState(hub: HubStatus): string {
  switch (hub.state) {
    case 'live':
      return 'Live';
    case 'connecting':
      return hub.lastContact ? 'Reconnecting' : 'Connecting';
    case 'refused':
      return 'Credentials refused';
    case 'incompatible':
      return 'Stopped: update this node';
  }
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
