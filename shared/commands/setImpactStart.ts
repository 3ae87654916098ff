import { z } from 'zod';
import { updatedIncident } from '../framework/incidentUpdate.ts';
import { formatDateTime } from '../time/displayTime.ts';
import { pastTime } from './addTimelineEntry.ts';
import { defineCommand } from './command.ts';
import { notFound } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const setImpactStartInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    impactStartedAt: z.iso.datetime({
      offset: true,
      error: 'give the time the impact started as a date and time',
    }),
  })
  .strict();

/**
 * Record when the impact began (customers were hurt before anyone
 * declared). Time-to-detect and the review start from it; changing it
 * later is a new timeline line naming the old and the new time.
 */
export const setImpactStart = defineCommand({
  name: 'setImpactStart',
  summary: 'Record when the incident’s impact began',
  input: setImpactStartInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await reads.get('incidents', input.incidentId);
    if (!incident) throw notFound('incident', input.incidentId);
    const at = pastTime(input.impactStartedAt, context.now, 'impactStartedAt');
    const updated = updatedIncident(incident, { impactStartedAt: at }, context);
    const was = incident.impactStartedAt
      ? ` (was ${formatDateTime(incident.impactStartedAt, 'UTC')})`
      : '';
    const text = `Impact started at ${formatDateTime(at, 'UTC')}${was}`;
    return {
      writes: [
        { kind: 'incidents', document: updated },
        timelineWrite(context, incident.id, 'system', text),
      ],
      result: updated,
    };
  },
});
