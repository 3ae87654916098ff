import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEASE_TIMING,
  gateAfterSync,
  gateAtRenewal,
  leaseTerms,
  leaseValid,
  nodesToTakeOver,
  renewalDue,
  RUNNING,
  takeoverAfterMs,
  type LeaseRecord,
  type LeaseTiming,
} from './takeoverRule.ts';

const T0 = Date.parse('2026-12-03T10:00:00.000Z');
const NODES = ['node-a', 'node-b', 'node-c', 'node-d', 'node-e'];
const timing: LeaseTiming = { leaseMs: 2_000, skewMarginMs: 1_000 };

function lease(nodeId: string, renewedAtMs: number, t: LeaseTiming = timing): LeaseRecord {
  return {
    nodeId,
    ...leaseTerms(new Date(renewedAtMs), t),
    termStartedAt: new Date(renewedAtMs).toISOString(),
    hlc: `${renewedAtMs}-${nodeId}`,
  };
}

const timingArb = fc.record({
  leaseMs: fc.integer({ min: 100, max: 120_000 }),
  skewMarginMs: fc.integer({ min: 0, max: 60_000 }),
});

describe('the takeover rule (property)', () => {
  it('defaults to taking over two minutes after the last renewal', () => {
    expect(takeoverAfterMs(DEFAULT_LEASE_TIMING)).toBe(120_000);
  });

  it('a taker whose clock differs from the holder’s by at most the margin never acts while the holder’s lease is valid', () => {
    fc.assert(
      fc.property(
        timingArb,
        fc
          .integer({ min: -1, max: 1 })
          .chain((sign) => fc.tuple(fc.constant(sign), fc.double({ min: 0, max: 1, noNaN: true }))),
        fc.integer({ min: 0, max: 400_000 }),
        (t, [sign, fraction], elapsedMs) => {
          const skew = Math.round(sign * fraction * t.skewMarginMs);
          const held = lease('node-a', T0, t);
          const realNow = T0 + elapsedMs; // the holder's clock
          const takerNow = new Date(realNow + skew);
          const taken = nodesToTakeOver({
            self: 'node-b',
            now: takerNow,
            leases: [held],
            connectedPeers: [],
            owners: new Set(['node-a']),
            selfRunning: true,
          });
          if (taken.length > 0) expect(leaseValid(held, new Date(realNow))).toBe(false);
        },
      ),
    );
  });

  it('nodes that see each other agree on at most one taker per lost node', () => {
    fc.assert(
      fc.property(
        fc.subarray(NODES, { minLength: 2 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (group, lostRenewal, elapsed) => {
          const lost = 'node-z';
          const leases = [
            lease(lost, T0 + lostRenewal),
            ...group.map((n) => lease(n, T0 + elapsed)),
          ];
          const now = new Date(T0 + lostRenewal + elapsed);
          const takers = group.filter(
            (self) =>
              nodesToTakeOver({
                self,
                now,
                leases,
                connectedPeers: group.filter((n) => n !== self),
                owners: new Set([lost]),
                selfRunning: true,
              }).length > 0,
          );
          expect(takers.length).toBeLessThanOrEqual(1);
          if (now.getTime() >= Date.parse(leases[0]?.takeoverAt ?? ''))
            expect(takers).toEqual([group.slice().sort()[0]]);
        },
      ),
    );
  });

  it('never takes over a node it is connected to, its own work, a node without a lease, or while catching up', () => {
    const now = new Date(T0 + 60_000);
    const stale = [lease('node-b', T0), lease('node-c', T0)];
    const view = { self: 'node-a', now, leases: stale, selfRunning: true };
    const owners = new Set(['node-a', 'node-b', 'node-c', 'node-x']);
    expect(nodesToTakeOver({ ...view, connectedPeers: ['node-b'], owners })).toEqual(['node-c']);
    expect(nodesToTakeOver({ ...view, connectedPeers: [], owners })).toEqual(['node-b', 'node-c']);
    expect(nodesToTakeOver({ ...view, connectedPeers: [], owners, selfRunning: false })).toEqual(
      [],
    );
    expect(nodesToTakeOver({ ...view, connectedPeers: [], owners: new Set(['node-x']) })).toEqual(
      [],
    );
  });

  it('renews a third of the way through the lease, and whenever it has lapsed', () => {
    const held = lease('node-a', T0);
    expect(renewalDue(undefined, new Date(T0), timing)).toBe(true);
    expect(renewalDue(held, new Date(T0 + 600), timing)).toBe(false);
    expect(renewalDue(held, new Date(T0 + 700), timing)).toBe(true);
    expect(renewalDue(held, new Date(T0 + 5_000), timing)).toBe(true);
  });
});

describe('a node whose lease lapsed catches up before running its work (property)', () => {
  const peerClocks = fc.dictionary(fc.constantFrom(...NODES.slice(1)), fc.string({ minLength: 1 }));

  it('does not run until every connected peer sent a newer lease, or the takeover time passed', () => {
    fc.assert(
      fc.property(
        peerClocks,
        peerClocks,
        fc.subarray(NODES.slice(1)),
        fc.integer({ min: 0, max: 10_000 }),
        (atLapse, later, connected, waited) => {
          const lapsed = lease('node-a', T0);
          const now = new Date(T0 + 5_000);
          const gate = gateAtRenewal(RUNNING, lapsed, now, atLapse);
          expect(gate.state).toBe('catching-up');
          const after = gateAfterSync(
            gate,
            new Date(now.getTime() + waited),
            connected,
            later,
            timing,
          );
          const heard =
            connected.length > 0 &&
            connected.every((p) => later[p] !== undefined && later[p] !== atLapse[p]);
          const waitedOut = waited >= takeoverAfterMs(timing);
          expect(after.state).toBe(heard || waitedOut ? 'running' : 'catching-up');
        },
      ),
    );
  });

  it('keeps running across renewals of a valid lease, and starts running with no lease at all', () => {
    const held = lease('node-a', T0);
    expect(gateAtRenewal(RUNNING, held, new Date(T0 + 1_000), {})).toBe(RUNNING);
    expect(gateAtRenewal(RUNNING, undefined, new Date(T0), {})).toBe(RUNNING);
  });
});
