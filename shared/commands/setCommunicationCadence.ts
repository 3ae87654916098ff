import { z } from 'zod';
import { nextDueAt } from '../communications/cadence.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import {
  cadenceId,
  cadencePolicyOrUndefined,
  requireAudience,
  type CadenceDoc,
} from '../communications/communicationReads.ts';
import { requireExternalAuthority, updatedCommunication } from '../communications/messageUpdate.ts';
import { formatUpdateTime } from '../communications/templateRendering.ts';
import { requireOpenIncident } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { timelineWrite } from './timelineEntry.ts';

export const setCommunicationCadenceInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    audienceId: z.string().min(1).max(64),
    /** Minutes between updates; null stops the cadence for this audience. */
    everyMinutes: z.number().int().min(5).max(10080).nullable(),
  })
  .strict();

/**
 * Change how often an audience hears about this incident. The
 * Communications Lead's call (or the matrix's fallback); from then on the
 * cadence is theirs and no longer follows the severity policy.
 */
export const setCommunicationCadence = defineCommand({
  name: 'setCommunicationCadence',
  summary: 'Change (or stop) how often an audience gets updates about an incident',
  input: setCommunicationCadenceInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireOpenIncident(reads, input.incidentId);
    const audience = await requireAudience(reads, input.audienceId);
    const authority = await requireExternalAuthority(reads, incident, context);
    const id = cadenceId(incident.id, audience.id);
    const existing = (await reads.get('communications', id)) as CadenceDoc | undefined;
    const policy = await cadencePolicyOrUndefined(reads);
    const now = context.now.toISOString();
    const every = input.everyMinutes ?? existing?.everyMinutes ?? 60;
    const base: CadenceDoc = existing ?? {
      id,
      kind: 'cadence',
      incidentId: incident.id,
      audienceId: audience.id,
      createdAt: now,
      updatedAt: now,
      remindBeforeMinutes: policy?.remindBeforeMinutes ?? 5,
      hlc: context.nextHlc(),
    };
    const { remindedFor: _r, overdueNotedFor: _o, ...rest } = base;
    const cadence = updatedCommunication(
      rest as CadenceDoc,
      {
        everyMinutes: every,
        nextDueAt: nextDueAt(existing?.lastSentAt ?? now, every),
        source: 'manual',
        stopped: input.everyMinutes === null,
      },
      context,
    );
    const text =
      input.everyMinutes === null
        ? `${authority.actorName} stopped scheduled updates to ${audience.name}`
        : `${authority.actorName} set updates to ${audience.name} every ${every} min; next due ${formatUpdateTime(cadence.nextDueAt ?? now)}`;
    return {
      writes: [
        { kind: 'communications', document: cadence },
        communicationLogWrite(
          context,
          { incidentId: incident.id, communicationId: id },
          'cadence-set',
          text,
        ),
        timelineWrite(context, incident.id, 'system', `Communications: ${text}`),
      ],
      result: cadence,
    };
  },
});
