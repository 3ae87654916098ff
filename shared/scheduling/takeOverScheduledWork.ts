import { z } from 'zod';
import { defineCommand } from '../commands/command.ts';
import { conflict, forbidden, invalidInput, notFound } from '../commands/errors.ts';
import type { SchedulerLeaseDoc } from '../schema/schedulerLease.ts';
import { takeoverDue } from './takeoverRule.ts';
import { escalationTakeovers, exerciseTakeovers, messageTakeovers } from './takeoverWrites.ts';

export const takeOverScheduledWorkInput = z
  .object({ fromNodeId: z.string().min(1).max(64) })
  .strict();

/**
 * The node takes over the scheduled work of a node whose lease lapsed
 * (expiry plus its skew margin passed with no renewal): that node's active
 * escalations, running exercises and undelivered messages become this
 * node's, in one transaction, each noted where people look.
 */
export const takeOverScheduledWork = defineCommand({
  name: 'takeOverScheduledWork',
  summary: 'Node: take over the scheduled work of a node whose lease lapsed',
  input: takeOverScheduledWorkInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'system')
      throw forbidden('Only a node’s scheduler takes over another node’s work');
    if (input.fromNodeId === context.nodeId)
      throw invalidInput([{ field: 'fromNodeId', reason: 'is this node' }]);
    const lease = await reads.get('schedulerLeases', input.fromNodeId);
    if (!lease) throw notFound('scheduler lease', input.fromNodeId);
    if (!takeoverDue(lease, context.now))
      throw conflict(
        `Node ${input.fromNodeId} renewed its lease until ${lease.expiresAt}; it may not be taken over before ${lease.takeoverAt}`,
      );
    const takeover = {
      from: input.fromNodeId,
      fromName: lease.nodeName ? `${lease.nodeName} (${lease.nodeId})` : lease.nodeId,
      lastRenewedAt: lease.renewedAt,
      actedUntil: lease.expiresAt,
    };
    const work = [
      ...(await escalationTakeovers(reads, context, takeover)),
      ...(await exerciseTakeovers(reads, context, takeover)),
      ...(await messageTakeovers(reads, context, takeover)),
    ];
    const marked: SchedulerLeaseDoc = {
      ...lease,
      takenOverBy: context.nodeId,
      takenOverAt: context.now.toISOString(),
      hlc: context.nextHlc(),
    };
    const counts = {
      escalations: work.filter((w) => w.kind === 'escalations').length,
      exercises: work.filter((w) => w.kind === 'exercises').length,
      messages: work.filter((w) => w.kind === 'communications').length,
    };
    return {
      writes: [{ kind: 'schedulerLeases', document: marked }, ...work],
      result: { fromNodeId: input.fromNodeId, ...counts },
    };
  },
});
