import { z } from 'zod';
import { cadencePlanningFor } from '../communications/cadenceSchedule.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import {
  adoptedAudiences,
  cadenceId,
  type CadenceDoc,
} from '../communications/communicationReads.ts';
import { requireNodeActor, updatedCommunication } from '../communications/messageUpdate.ts';
import { requireOpenIncident } from '../framework/references.ts';
import { defineCommand, type DocumentWrite } from './command.ts';

export const applyCadencePolicyInput = z.object({ incidentId: z.string().min(1).max(64) }).strict();

/**
 * The node keeps each active incident's cadences in line with the cadence
 * policy for its severity: starts them at declaration, re-times them when
 * the severity changes, stops those the new severity does not need.
 * Recorded in the communications log, not on the timeline: it follows
 * from the declaration or reclassification that is already there.
 */
export const applyCadencePolicy = defineCommand({
  name: 'applyCadencePolicy',
  summary: 'Node: start or re-time an incident’s update cadences from the policy for its severity',
  input: applyCadencePolicyInput,
  permission: 'node',
  async plan(reads, input, context) {
    requireNodeActor(context);
    const incident = await requireOpenIncident(reads, input.incidentId);
    const { policy, changes } = await cadencePlanningFor(reads, incident);
    const now = context.now.toISOString();
    const audiences = await adoptedAudiences(reads);
    const name = (id: string) => audiences.find((a) => a.id === id)?.name ?? id;
    const writes: DocumentWrite[] = [];
    for (const change of changes) {
      const id = change.existingId ?? cadenceId(incident.id, change.audienceId);
      const existing = (await reads.get('communications', id)) as CadenceDoc | undefined;
      const base: CadenceDoc = existing ?? {
        id,
        kind: 'cadence',
        incidentId: incident.id,
        audienceId: change.audienceId,
        createdAt: now,
        updatedAt: now,
        hlc: context.nextHlc(),
      };
      const cadence = updatedCommunication(
        base,
        {
          everyMinutes: change.everyMinutes,
          nextDueAt: change.nextDueAt,
          remindBeforeMinutes: policy?.remindBeforeMinutes ?? 5,
          source: 'policy',
          stopped: change.stopped,
        },
        context,
      );
      const text = change.stopped
        ? `${incident.severity} needs no scheduled updates to ${name(change.audienceId)}; cadence stopped`
        : `${incident.severity}: updates to ${name(change.audienceId)} every ${change.everyMinutes} min`;
      writes.push(
        { kind: 'communications', document: cadence },
        communicationLogWrite(
          context,
          { incidentId: incident.id, communicationId: id },
          'cadence-set',
          text,
        ),
      );
    }
    return { writes, result: { changed: changes.length } };
  },
});
