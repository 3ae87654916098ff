import type { CommandContext, CommandReads, DocumentWrite } from '../commands/command.ts';
import type { CommunicationDoc } from '../schema/communication.ts';
import { nextDueAt } from './cadence.ts';
import { cadenceId } from './communicationReads.ts';
import { updatedCommunication } from './messageUpdate.ts';

/**
 * The audience's cadence restarts from a real delivery (a channel accepted
 * it, or a person delivered it by hand), not from pressing Send: an update
 * nobody received does not reset the clock. Only the first delivery of a
 * message counts; later recipients of the same update do not push it on.
 */
export async function cadenceAfterDelivery(
  reads: CommandReads,
  message: CommunicationDoc,
  deliveredAt: string,
  context: CommandContext,
): Promise<DocumentWrite[]> {
  if (message.kind !== 'message') return [];
  const already = (message.deliveries ?? []).some((d) => d.state === 'delivered');
  if (already) return [];
  const cadence = await reads.get(
    'communications',
    cadenceId(message.incidentId, message.audienceId),
  );
  return restartCadence(cadence, deliveredAt, context);
}

export function restartCadence(
  cadence: CommunicationDoc | undefined,
  from: string,
  context: CommandContext,
): DocumentWrite[] {
  if (!cadence?.everyMinutes || cadence.stopped) return [];
  if (cadence.lastSentAt && cadence.lastSentAt >= from) return [];
  const { remindedFor: _r, overdueNotedFor: _o, ...rest } = cadence;
  const document = updatedCommunication(
    rest as CommunicationDoc,
    { lastSentAt: from, nextDueAt: nextDueAt(from, cadence.everyMinutes) },
    context,
  );
  return [{ kind: 'communications', document }];
}
