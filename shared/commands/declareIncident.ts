import { z } from 'zod';
import { INCIDENT_TYPES } from '../domain/incident.ts';
import { SEVERITIES, SEVERITY_LABELS } from '../domain/severity.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { defineCommand, type CommandContext } from './command.ts';
import { timelineWrite } from './timelineEntry.ts';

export const declareIncidentInput = z
  .object({
    title: z.string().trim().min(1, 'give the incident a title').max(200),
    severity: z.enum(SEVERITIES, { error: `severity must be one of ${SEVERITIES.join(', ')}` }),
    type: z
      .enum(INCIDENT_TYPES, { error: `type must be one of ${INCIDENT_TYPES.join(', ')}` })
      .default('other'),
    summary: z.string().trim().max(5000).default(''),
    exercise: z.boolean().default(false),
  })
  .strict();

/** A short reference people can say out loud: INC-<yymmdd>-<4 chars>. */
export function incidentReference(context: CommandContext, id: string): string {
  const date = context.now.toISOString().slice(2, 10).replaceAll('-', '');
  const suffix = id
    .replace(/[^a-z0-9]/gi, '')
    .slice(-4)
    .toUpperCase();
  return `INC-${date}-${suffix}`;
}

/** Declare an incident; it goes on every screen and its timeline starts. */
export const declareIncident = defineCommand({
  name: 'declareIncident',
  summary: 'Declare an incident',
  input: declareIncidentInput,
  permission: 'person',
  async plan(_reads, input, context) {
    const id = context.newId('inc');
    const at = context.now.toISOString();
    const incident: IncidentDoc = {
      id,
      reference: incidentReference(context, id),
      title: input.title,
      summary: input.summary,
      severity: input.severity,
      type: input.type,
      status: 'declared',
      exercise: input.exercise,
      declaredAt: at,
      declaredBy: context.actor.id,
      updatedAt: at,
      hlc: context.nextHlc(),
    };
    const label = `${input.severity} (${SEVERITY_LABELS[input.severity]})`;
    const entry = timelineWrite(
      context,
      id,
      'status-change',
      `Incident declared at ${label}: ${input.title}`,
      {
        starred: true,
      },
    );
    return { writes: [{ collection: 'incidents', document: incident }, entry], result: incident };
  },
});
