/**
 * The one takeover rule for scheduled work (escalation steps, exercise
 * releases, the outbox). Every node holds a lease on its own work and
 * renews it through sync. A peer takes the work over only after the
 * lease's `takeoverAt` (expiry plus the holder's clock-skew margin) has
 * passed by its own clock, while the holder is not connected to it, and
 * only if it is the lowest node id among itself and the peers it is
 * connected to: nodes that see each other agree on one taker.
 *
 * A node whose own lease ran out (it was down, or cut off) does not run
 * its old work at once: a peer may have taken it over. It waits until
 * every connected peer has sent a lease renewal newer than the one it
 * held at that moment (so it has what they wrote before it), or until it
 * has waited the whole takeover time, as a taker would have.
 */

export interface LeaseTiming {
  /** How long a renewal lets the holder act. */
  leaseMs: number;
  /** Added to the expiry before a peer acts: covers clocks that disagree by up to this. */
  skewMarginMs: number;
}

/** Default: a peer takes over 2 minutes after the holder's last renewal (90 s + 30 s margin). */
export const DEFAULT_LEASE_TIMING: LeaseTiming = { leaseMs: 90_000, skewMarginMs: 30_000 };

export interface LeaseRecord {
  nodeId: string;
  renewedAt: string;
  expiresAt: string;
  takeoverAt: string;
  termStartedAt: string;
  takenOverBy?: string;
  takenOverAt?: string;
  hlc: string;
}

export function takeoverAfterMs(timing: LeaseTiming): number {
  return timing.leaseMs + timing.skewMarginMs;
}

/** Renew three times per lease, so one lost or slow renewal does not let it lapse. */
export function renewEveryMs(timing: LeaseTiming): number {
  return Math.max(100, Math.floor(timing.leaseMs / 3));
}

export function leaseTerms(now: Date, timing: LeaseTiming) {
  const at = now.getTime();
  return {
    renewedAt: now.toISOString(),
    expiresAt: new Date(at + timing.leaseMs).toISOString(),
    takeoverAt: new Date(at + takeoverAfterMs(timing)).toISOString(),
  };
}

/** Whether the holder may act on its lease at `now` (by its own clock). */
export function leaseValid(lease: Pick<LeaseRecord, 'expiresAt'> | undefined, now: Date): boolean {
  return lease !== undefined && now.getTime() < Date.parse(lease.expiresAt);
}

/** Whether the holder should renew now: no lease yet, a third of it used, or lapsed. */
export function renewalDue(
  lease: Pick<LeaseRecord, 'renewedAt' | 'expiresAt'> | undefined,
  now: Date,
  timing: LeaseTiming,
): boolean {
  if (!lease || !leaseValid(lease, now)) return true;
  return now.getTime() >= Date.parse(lease.renewedAt) + renewEveryMs(timing);
}

/** Whether a peer may take a lease's work over at `now` (by the peer's clock). */
export function takeoverDue(lease: Pick<LeaseRecord, 'takeoverAt'>, now: Date): boolean {
  return now.getTime() >= Date.parse(lease.takeoverAt);
}

export interface TakeoverView {
  self: string;
  now: Date;
  /** Every lease this node holds a copy of. */
  leases: readonly LeaseRecord[];
  /** Peers this node is connected to now. */
  connectedPeers: readonly string[];
  /** Nodes that own scheduled work still to do (active escalations, running exercises, queued deliveries). */
  owners: ReadonlySet<string>;
  /** Whether this node runs its own work now (a node catching up takes nothing over). */
  selfRunning: boolean;
}

/**
 * The nodes whose work this node takes over now, in id order. Nodes
 * without a lease record (never ran sync with leases) are not taken over.
 */
export function nodesToTakeOver(view: TakeoverView): string[] {
  if (!view.selfRunning) return [];
  const connected = new Set(view.connectedPeers);
  const leases = new Map(view.leases.map((lease) => [lease.nodeId, lease]));
  const taken: string[] = [];
  for (const owner of [...view.owners].sort()) {
    const lease = leases.get(owner);
    if (owner === view.self || !lease || connected.has(owner)) continue;
    if (!takeoverDue(lease, view.now)) continue;
    const candidates = [view.self, ...view.connectedPeers].filter((node) => node !== owner);
    if (candidates.every((node) => view.self <= node)) taken.push(owner);
  }
  return taken;
}

/** Whether this node runs its own work, or is catching up after its lease ran out. */
export type OwnWorkGate =
  | { state: 'running' }
  | { state: 'catching-up'; since: number; peerLeaseClocks: Record<string, string> };

export const RUNNING: OwnWorkGate = { state: 'running' };

/**
 * The gate after a renewal: a lease found lapsed (the node was down or
 * blocked past its expiry) starts catching up; `peerLeaseClocks` are the
 * peers' lease versions held at that moment.
 */
export function gateAtRenewal(
  gate: OwnWorkGate,
  previous: Pick<LeaseRecord, 'expiresAt'> | undefined,
  now: Date,
  peerLeaseClocks: Record<string, string>,
): OwnWorkGate {
  // No lease ever: nobody can have taken this node's work (takers need its lease).
  if (!previous || leaseValid(previous, now)) return gate;
  if (gate.state === 'catching-up') return gate;
  return { state: 'catching-up', since: now.getTime(), peerLeaseClocks };
}

/**
 * Catching up ends when every connected peer (at least one) has sent a
 * lease version newer than the one held when it began, or after the
 * whole takeover time (alone, the node acts as a taker would).
 */
export function gateAfterSync(
  gate: OwnWorkGate,
  now: Date,
  connectedPeers: readonly string[],
  peerLeaseClocks: Record<string, string>,
  timing: LeaseTiming,
): OwnWorkGate {
  if (gate.state === 'running') return gate;
  const heardFromAll =
    connectedPeers.length > 0 &&
    connectedPeers.every(
      (peer) =>
        peerLeaseClocks[peer] !== undefined && peerLeaseClocks[peer] !== gate.peerLeaseClocks[peer],
    );
  const waitedOut = now.getTime() - gate.since >= takeoverAfterMs(timing);
  return heardFromAll || waitedOut ? RUNNING : gate;
}
