import { z } from 'zod';
import { declarationAnswers, describeSeverity } from '../classification/index.ts';
import { INCIDENT_TYPES, type IncidentType } from '../domain/incident.ts';
import { SEVERITIES } from '../domain/severity.ts';
import {
  declarationEntries,
  declarationFramework,
  type DeclarationFramework,
} from '../framework/declarationFramework.ts';
import { realWorldStopWrites } from '../exercises/realWorldStop.ts';
import { majorDeclarationDecision } from '../framework/majorDeclaration.ts';
import { requirePresentPersonField, requireServicesField } from '../framework/references.ts';
import { dutyCommanderFor, dutyCommanderWrites } from '../paging/dutyCommander.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { defineCommand, type CommandContext, type DocumentWrite } from './command.ts';

const id = z.string().min(1).max(64);

export const declareIncidentInput = z
  .object({
    title: z.string().trim().min(1, 'give the incident a title').max(200),
    severity: z.enum(SEVERITIES, { error: `severity must be one of ${SEVERITIES.join(', ')}` }),
    type: z
      .enum(INCIDENT_TYPES, { error: `type must be one of ${INCIDENT_TYPES.join(', ')}` })
      .default('other'),
    summary: z.string().trim().max(5000).default(''),
    exercise: z.boolean().default(false),
    /** The declaration questions answered (shared/classification); the criteria recommend a severity. */
    answers: declarationAnswers.optional(),
    /** Impact and urgency levels of the criteria in effect, when not worked out from answers. */
    impact: z.string().max(40).optional(),
    urgency: z.string().max(40).optional(),
    serviceIds: z.array(id).max(50).optional(),
    /** Who commands; the declaring person when absent. */
    commanderId: id.optional(),
  })
  .strict();
type DeclareIncidentInput = z.infer<typeof declareIncidentInput>;

/** A short reference people can say out loud: INC-<yymmdd>-<4 chars>. */
export function incidentReference(context: CommandContext, id: string): string {
  const date = context.now.toISOString().slice(2, 10).replaceAll('-', '');
  const suffix = id
    .replace(/[^a-z0-9]/gi, '')
    .slice(-4)
    .toUpperCase();
  return `INC-${date}-${suffix}`;
}

function newIncident(
  input: DeclareIncidentInput,
  type: IncidentType,
  framework: DeclarationFramework,
  context: CommandContext,
): IncidentDoc {
  const id = context.newId('inc');
  const at = context.now.toISOString();
  const { classified, commandMode, attachment } = framework;
  const commanderId =
    input.commanderId ?? (context.actor.kind === 'person' ? context.actor.id : undefined);
  const commander = { role: 'incident-commander', since: at, assignedBy: context.actor.id };
  return {
    id,
    reference: incidentReference(context, id),
    title: input.title,
    summary: input.summary,
    severity: input.severity,
    type,
    status: 'declared',
    exercise: input.exercise,
    declaredAt: at,
    declaredBy: context.actor.id,
    updatedAt: at,
    ...(classified
      ? { classification: classified.classification, complianceFlags: classified.complianceFlags }
      : {}),
    ...(commandMode ? { commandMode } : {}),
    roles: commanderId ? [{ ...commander, personId: commanderId }] : [],
    ...(input.serviceIds ? { serviceIds: input.serviceIds } : {}),
    ...(attachment ? { playbook: attachment.attached } : {}),
    hlc: context.nextHlc(),
  };
}

/** Declare an incident; it goes on every screen and its timeline starts. */
export const declareIncident = defineCommand({
  name: 'declareIncident',
  summary: 'Declare an incident',
  input: declareIncidentInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (input.commanderId)
      await requirePresentPersonField(reads, input.commanderId, 'commanderId', 'name as commander');
    if (input.serviceIds) await requireServicesField(reads, input.serviceIds, 'serviceIds');
    const type =
      input.type === 'other' && input.answers?.incidentType
        ? input.answers.incidentType
        : input.type;
    const framework = await declarationFramework(reads, input, type, context);
    // An integration, or someone without command authority, does not end up in command (or nobody does).
    const duty = input.commanderId ? undefined : await dutyCommanderFor(reads, context);
    const commanderId = duty?.personId ?? input.commanderId;
    const incident = newIncident(
      { ...input, ...(duty ? { commanderId } : {}) },
      type,
      framework,
      context,
    );
    const writes: DocumentWrite[] = [
      { kind: 'incidents', document: incident },
      ...(await declarationEntries(reads, context, incident, commanderId, framework)),
      ...(duty ? await dutyCommanderWrites(reads, context, incident, duty) : []),
    ];
    const rationale =
      framework.classified?.classification.reasons?.join('; ') ||
      `Declared at ${describeSeverity(input.severity)}: ${input.title}`;
    const major = { id: incident.id, severity: input.severity, rationale };
    writes.push(...(await majorDeclarationDecision(reads, context, major)));
    // A real incident during an exercise: its facilitator is asked to stop play.
    writes.push(...(await realWorldStopWrites(reads, context, incident)));
    return { writes, result: incident };
  },
});
