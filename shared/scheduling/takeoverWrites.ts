import type { CommandContext, CommandReads, DocumentWrite } from '../commands/command.ts';
import { timelineWrite } from '../commands/timelineEntry.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import type { Delivery } from '../communications/deliveries.ts';
import type { MessageDoc } from '../communications/communicationReads.ts';
import { updatedCommunication } from '../communications/messageUpdate.ts';
import { escalationOwner, exerciseScheduled, messageHasOpenDeliveries } from './workOwners.ts';

/** Who is taking what over, for the records' wording. */
export interface Takeover {
  from: string;
  fromName: string;
  lastRenewedAt: string;
  /** The lost node could act until then: anything due before may have been attempted. */
  actedUntil: string;
}

/**
 * Whether the lost node may have handed a delivery to its channel without
 * the record reaching this node: it was being sent, or fell due while the
 * lost node still held its lease (its outbox sends as soon as one is due).
 */
function possiblyAttempted(delivery: Delivery, takeover: Takeover): boolean {
  if (delivery.state === 'sending') return true;
  return (
    delivery.state === 'queued' &&
    Date.parse(delivery.nextAttemptAt ?? '') < Date.parse(takeover.actedUntil)
  );
}

const by = (context: CommandContext, takeover: Takeover) =>
  `Node ${context.nodeId} took over from node ${takeover.fromName} (no lease renewal since ${takeover.lastRenewedAt})`;

/** Active escalations of the lost node: this node takes their next steps. */
export async function escalationTakeovers(
  reads: CommandReads,
  context: CommandContext,
  takeover: Takeover,
): Promise<DocumentWrite[]> {
  const active = await reads.find('escalations', { status: 'active' });
  return active
    .filter((escalation) => escalationOwner(escalation) === takeover.from)
    .flatMap((escalation) => [
      {
        kind: 'escalations',
        document: { ...escalation, ownerNodeId: context.nodeId, hlc: context.nextHlc() },
      } as const,
      timelineWrite(
        context,
        escalation.incidentId,
        'system',
        `${by(context, takeover)}: it now takes the escalation’s next steps; steps already recorded are not repeated`,
      ),
    ]);
}

/** Exercises of the lost node that have not ended: this node releases their injects. */
export async function exerciseTakeovers(
  reads: CommandReads,
  context: CommandContext,
  takeover: Takeover,
): Promise<DocumentWrite[]> {
  const owned = await reads.find('exercises', { schedulerNodeId: takeover.from });
  return owned.filter(exerciseScheduled).flatMap((exercise) => [
    {
      kind: 'exercises',
      document: { ...exercise, schedulerNodeId: context.nodeId, hlc: context.nextHlc() },
    } as const,
    timelineWrite(
      context,
      exercise.incidentId,
      'system',
      `${by(context, takeover)}: it now releases this exercise’s scheduled injects`,
    ),
  ]);
}

/**
 * Messages the lost node was delivering move to this node's outbox. A
 * delivery the lost node may have handed to a channel (sending, or due
 * while it held its lease) may have arrived: it is in doubt for a person
 * to check, never sent again blindly. Deliveries due later are sent here.
 */
export async function messageTakeovers(
  reads: CommandReads,
  context: CommandContext,
  takeover: Takeover,
): Promise<DocumentWrite[]> {
  const sent = (await reads.find('communications', {
    kind: 'message',
    senderNodeId: takeover.from,
  })) as MessageDoc[];
  return sent.filter(messageHasOpenDeliveries).flatMap((message) => {
    const deliveries = (message.deliveries ?? []) as Delivery[];
    const doubtful = deliveries.filter((d) => possiblyAttempted(d, takeover));
    const moved = deliveries.map((d): Delivery =>
      possiblyAttempted(d, takeover)
        ? {
            ...d,
            state: 'in-doubt',
            error: `Node ${takeover.fromName} may have handed this to ${d.channel} before it went quiet (it could act until ${takeover.actedUntil}); nobody knows whether it arrived. Check with the recipient, then resend or mark it delivered.`,
          }
        : d,
    );
    const target = { incidentId: message.incidentId, communicationId: message.id };
    return [
      {
        kind: 'communications',
        document: updatedCommunication(
          message,
          { senderNodeId: context.nodeId, deliveries: moved },
          context,
        ),
      } as const,
      ...doubtful.map((d) =>
        communicationLogWrite(
          context,
          target,
          'delivery-in-doubt',
          `In doubt: ${d.recipientName} by ${d.channel} — ${by(context, takeover)} during the attempt`,
          { deliveryKey: d.key },
        ),
      ),
    ];
  });
}
