import { z } from 'zod';
import { defineCommand } from '../commands/command.ts';
import { forbidden } from '../commands/errors.ts';
import type { SchedulerLeaseDoc } from '../schema/schedulerLease.ts';
import { leaseTerms, leaseValid } from './takeoverRule.ts';

export const renewSchedulerLeaseInput = z
  .object({
    /** How long this renewal lets the node act (its configured lease). */
    leaseMs: z.number().int().min(100).max(3_600_000),
    /** The node's clock-skew margin: peers wait this long past expiry before taking over. */
    skewMarginMs: z.number().int().min(0).max(3_600_000),
    nodeName: z.string().max(200).optional(),
  })
  .strict();

/**
 * The node renews its lease on its own scheduled work. The lease syncs to
 * every peer; while it is fresh nobody takes the node's work over. A
 * renewal after the lease lapsed starts a new term.
 */
export const renewSchedulerLease = defineCommand({
  name: 'renewSchedulerLease',
  summary: 'Node: renew this node’s lease on its scheduled work (takeover rule)',
  input: renewSchedulerLeaseInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'system')
      throw forbidden('Only the node itself renews its scheduler lease');
    const previous = await reads.get('schedulerLeases', context.nodeId);
    const continuing = previous !== undefined && leaseValid(previous, context.now);
    const lease: SchedulerLeaseDoc = {
      ...(previous ?? {}),
      id: context.nodeId,
      nodeId: context.nodeId,
      ...(input.nodeName ? { nodeName: input.nodeName } : {}),
      ...leaseTerms(context.now, input),
      termStartedAt: continuing ? previous.termStartedAt : context.now.toISOString(),
      hlc: context.nextHlc(),
    };
    return {
      writes: [{ kind: 'schedulerLeases', document: lease }],
      result: { lease, ...(previous ? { previous } : {}) },
    };
  },
});
