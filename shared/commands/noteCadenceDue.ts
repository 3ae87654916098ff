import { z } from 'zod';
import { cadenceAnnouncement, minutesOverdue } from '../communications/cadence.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import { adoptedAudiences, type CadenceDoc } from '../communications/communicationReads.ts';
import { requireNodeActor, updatedCommunication } from '../communications/messageUpdate.ts';
import { formatUpdateTime } from '../communications/templateRendering.ts';
import { displayNameOf, requireOpenIncident } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { conflict, notFound } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const noteCadenceDueInput = z.object({ cadenceId: z.string().min(1).max(64) }).strict();

/**
 * The node reminds the Communications Lead that an update is due soon, and
 * says so again when it is overdue: once per due time, on the timeline and
 * in the communications record. The result names who to notify.
 */
export const noteCadenceDue = defineCommand({
  name: 'noteCadenceDue',
  summary: 'Node: remind the owner an update is due soon, or note that it is overdue',
  input: noteCadenceDueInput,
  permission: 'node',
  async plan(reads, input, context) {
    requireNodeActor(context);
    const cadence = (await reads.get('communications', input.cadenceId)) as CadenceDoc | undefined;
    if (cadence?.kind !== 'cadence' || !cadence.nextDueAt)
      throw notFound('cadence', input.cadenceId);
    const incident = await requireOpenIncident(reads, cadence.incidentId);
    const stage = cadenceAnnouncement(
      {
        ...cadence,
        nextDueAt: cadence.nextDueAt,
        remindBeforeMinutes: cadence.remindBeforeMinutes ?? 5,
      },
      context.now,
    );
    if (!stage || cadence.stopped) throw conflict('Nothing to announce for this cadence now');
    const owner = (incident.roles ?? []).find((r) => r.role === 'communications-lead')?.personId;
    const ownerName = owner ? await displayNameOf(reads, owner) : 'no Communications Lead assigned';
    const audience =
      (await adoptedAudiences(reads)).find((a) => a.id === cadence.audienceId)?.name ??
      cadence.audienceId;
    const text =
      stage === 'reminder'
        ? `Update to ${audience} due at ${formatUpdateTime(cadence.nextDueAt)} (${ownerName})`
        : `Update to ${audience} is overdue by ${minutesOverdue(cadence.nextDueAt, context.now)} min — was due ${formatUpdateTime(cadence.nextDueAt)} (${ownerName})`;
    const updated = updatedCommunication(
      cadence,
      stage === 'reminder'
        ? { remindedFor: cadence.nextDueAt }
        : { overdueNotedFor: cadence.nextDueAt },
      context,
    );
    return {
      writes: [
        { kind: 'communications', document: updated },
        communicationLogWrite(
          context,
          { incidentId: incident.id, communicationId: cadence.id },
          stage === 'reminder' ? 'update-due' : 'update-overdue',
          text,
        ),
        timelineWrite(context, incident.id, 'system', `Communications: ${text}`, {
          starred: stage === 'overdue',
        }),
      ],
      result: { stage, incidentId: incident.id, ownerId: owner ?? null, text },
    };
  },
});
