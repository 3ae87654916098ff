import { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { conflict, invalidInput } from '../../commands/errors.ts';
import { timelineWrite } from '../../commands/timelineEntry.ts';
import { requireIncident } from '../../framework/references.ts';
import type { IncidentAwarenessDoc } from '../../schema/incidentAwareness.ts';
import { formatDateTime } from '../../time/displayTime.ts';
import { applicableRules, awarenessId, awarenessOf } from '../obligations.ts';

export const correctAwarenessInput = z.strictObject({
  incidentId: z.string().min(1).max(64),
  at: z.iso.datetime({ offset: true, error: 'at must be a date and time with its zone' }),
  reason: z.string().trim().min(1, 'say how you know the organisation was aware then').max(1000),
});

/**
 * A person records that the organisation became aware of the incident
 * earlier than it was declared (the legal clocks run from awareness). The
 * obligations' deadlines are recomputed from it; the timeline keeps the
 * previous and the new time and why.
 */
export const correctAwareness = defineCommand({
  name: 'correctAwareness',
  summary:
    'Correct when the organisation became aware of an incident (before its declaration); its regulatory clocks are recomputed from it',
  input: correctAwarenessInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireIncident(reads, input.incidentId);
    if (applicableRules(incident).length === 0)
      throw conflict(
        `No regulatory clock runs for ${incident.reference}: nothing starts from its awareness`,
      );
    const at = new Date(input.at).toISOString();
    if (Date.parse(at) > Date.parse(incident.declaredAt))
      throw invalidInput([
        {
          field: 'at',
          reason: `awareness cannot be after the declaration (${formatDateTime(incident.declaredAt, 'UTC')}): declaring is becoming aware`,
        },
      ]);
    const id = awarenessId(incident.id);
    const previous = awarenessOf(incident, await reads.get('incidentAwareness', id));
    if (previous === at)
      throw conflict(`Awareness is already recorded as ${formatDateTime(at, 'UTC')}`);
    const document: IncidentAwarenessDoc = {
      id,
      incidentId: incident.id,
      awareness: {
        at,
        reason: input.reason,
        recordedBy: context.actor.id,
        recordedAt: context.now.toISOString(),
      },
      hlc: context.nextHlc(),
    };
    const text =
      `Awareness corrected from ${formatDateTime(previous, 'UTC')} to ${formatDateTime(at, 'UTC')}: ` +
      `${input.reason}. Regulatory deadlines now run from it.`;
    const entry = timelineWrite(context, incident.id, 'note', text, { starred: true });
    return { writes: [{ kind: 'incidentAwareness', document }, entry], result: document };
  },
});
