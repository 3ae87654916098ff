import { schedulerLeaseShape } from '../schema/schedulerLease.ts';
import { defineKind } from '../store/kind.ts';

/**
 * Scheduler leases, one per node. Every field a register: only the holder
 * writes the renewal fields (together, under one clock), only a taker
 * writes `takenOverBy`/`takenOverAt`, so the two never overwrite each other.
 */
export const schedulingKinds = {
  schedulerLeases: defineKind({
    name: 'schedulerLeases',
    noun: 'scheduler lease',
    shape: schedulerLeaseShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: {} },
  }),
};
