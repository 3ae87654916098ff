import type { Delivery } from '../communications/deliveries.ts';
import { isFinished } from '../communications/deliveries.ts';
import type { EscalationDoc } from '../schema/escalation.ts';
import type { ExerciseDoc } from '../schema/exercise.ts';
import { decodeHlc } from '../time/hlc.ts';

/** The node that runs an escalation: the one that started or took it over, or (older records) its last writer. */
export function escalationOwner(escalation: Pick<EscalationDoc, 'ownerNodeId' | 'hlc'>) {
  if (escalation.ownerNodeId) return escalation.ownerNodeId;
  try {
    return decodeHlc(escalation.hlc).nodeId;
  } catch {
    return undefined;
  }
}

/** An exercise whose injects may still be released on schedule. */
export function exerciseScheduled(exercise: Pick<ExerciseDoc, 'clock'>): boolean {
  return exercise.clock.state !== 'ended';
}

/** A message with a delivery the outbox still has to finish (queued, sending). */
export function messageHasOpenDeliveries(message: { deliveries?: readonly Delivery[] }): boolean {
  return (message.deliveries ?? []).some((d) => !isFinished(d) && d.state !== 'in-doubt');
}
