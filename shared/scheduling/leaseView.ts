import type { LeaseRecord } from './takeoverRule.ts';
import { leaseValid, takeoverDue } from './takeoverRule.ts';

/** A time as people read it on the Sync view: clock time with its zone (UTC). */
export function clockTime(iso: string): string {
  return `${iso.slice(11, 19)} UTC`;
}

export interface LeaseLine {
  node: string;
  /** `holding`, `lapsed` (expired, within the skew margin), `lost` (peers may take over). */
  state: 'holding' | 'lapsed' | 'lost';
  text: string;
  takenOver?: string;
}

/** One node's lease as the Sync view states it, judged by this node's clock. */
export function describeLease(
  lease: LeaseRecord & { nodeName?: string },
  now: Date,
  nameOf: (nodeId: string) => string = (id) => id,
): LeaseLine {
  const node = lease.nodeName ? `${lease.nodeName} (${lease.nodeId})` : lease.nodeId;
  const since = `runs its scheduled work since ${clockTime(lease.termStartedAt)}`;
  const state = leaseValid(lease, now) ? 'holding' : takeoverDue(lease, now) ? 'lost' : 'lapsed';
  const text =
    state === 'holding'
      ? `${since}; lease renewed ${clockTime(lease.renewedAt)}`
      : state === 'lapsed'
        ? `no renewal since ${clockTime(lease.renewedAt)}; peers may take over from ${clockTime(lease.takeoverAt)}`
        : `unreachable: no renewal since ${clockTime(lease.renewedAt)}; a connected peer takes over its work`;
  return {
    node,
    state,
    text,
    ...(lease.takenOverBy && lease.takenOverAt
      ? {
          takenOver: `its work was taken over by ${nameOf(lease.takenOverBy)} at ${clockTime(lease.takenOverAt)}`,
        }
      : {}),
  };
}
