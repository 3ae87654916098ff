import { z } from 'zod';
import { roleLabelsOf, type CommandStructureConfig } from '../authority/index.ts';
import { declarationAnswers, describeSeverity } from '../classification/index.ts';
import { INCIDENT_TYPES, type IncidentType } from '../domain/incident.ts';
import { SEVERITIES, SEVERITY_LABELS } from '../domain/severity.ts';
import {
  classifyDeclaration,
  type DeclarationClassification,
} from '../framework/declarationClassification.ts';
import {
  adoptedPlaybooks,
  classificationCriteriaInEffect,
  commandStructureOrUndefined,
} from '../framework/frameworkReads.ts';
import { attachPlaybook, playbookAttachedText } from '../framework/incidentPlaybook.ts';
import { majorDeclarationDecision } from '../framework/majorDeclaration.ts';
import { requirePersonField, requireServicesField } from '../framework/references.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import {
  defineCommand,
  type CommandContext,
  type CommandReads,
  type DocumentWrite,
} from './command.ts';
import { conflict } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

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

async function classify(
  reads: CommandReads,
  input: DeclareIncidentInput,
  type: IncidentType,
  now: Date,
): Promise<DeclarationClassification | undefined> {
  const criteria = await classificationCriteriaInEffect(reads, now);
  if (!criteria) {
    if (input.answers || input.impact || input.urgency)
      throw conflict(
        'No classification criteria have been adopted, so answers, impact and urgency cannot be classified: adopt resources/framework/classification.json or declare with a severity only',
      );
    return undefined;
  }
  return classifyDeclaration(criteria, {
    type,
    answers: input.answers,
    impact: input.impact,
    urgency: input.urgency,
  });
}

function commandModeOf(config: CommandStructureConfig | undefined, type: IncidentType) {
  if (!config) return undefined;
  return config.commandModes.find((m) => m.incidentType === type)?.mode ?? 'centralized';
}

function classificationText(incident: IncidentDoc, classified: DeclarationClassification): string {
  const { classification } = classified;
  const recommended = classification.recommendedSeverity as (typeof SEVERITIES)[number] | undefined;
  const parts = [`Classified under criteria ${classification.criteriaVersion}`];
  if (recommended) {
    const differs = recommended === incident.severity ? '' : `; declared at ${incident.severity}`;
    parts.push(`: recommended ${describeSeverity(recommended)}${differs}`);
  }
  if (classification.reasons?.length) parts.push(` — ${classification.reasons.join('; ')}`);
  if (classified.complianceFlags.length > 0)
    parts.push(`. Compliance flags: ${classified.complianceFlags.join(', ')}`);
  return parts.join('');
}

/** Declare an incident; it goes on every screen and its timeline starts. */
export const declareIncident = defineCommand({
  name: 'declareIncident',
  summary: 'Declare an incident',
  input: declareIncidentInput,
  permission: 'person',
  async plan(reads, input, context) {
    const id = context.newId('inc');
    const at = context.now.toISOString();
    if (input.commanderId) await requirePersonField(reads, input.commanderId, 'commanderId');
    if (input.serviceIds) await requireServicesField(reads, input.serviceIds, 'serviceIds');
    const type =
      input.type === 'other' && input.answers?.incidentType
        ? input.answers.incidentType
        : input.type;
    const classified = await classify(reads, input, type, context.now);
    const structure = await commandStructureOrUndefined(reads);
    const commandMode = commandModeOf(structure, type);
    const commanderId =
      input.commanderId ?? (context.actor.kind === 'person' ? context.actor.id : undefined);
    const attachment = attachPlaybook(
      await adoptedPlaybooks(reads),
      { type, severity: input.severity },
      context,
    );
    const incident: IncidentDoc = {
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
      roles: commanderId
        ? [
            {
              role: 'incident-commander',
              personId: commanderId,
              since: at,
              assignedBy: context.actor.id,
            },
          ]
        : [],
      ...(input.serviceIds ? { serviceIds: input.serviceIds } : {}),
      ...(attachment ? { playbook: attachment.attached } : {}),
      hlc: context.nextHlc(),
    };
    const label = `${input.severity} (${SEVERITY_LABELS[input.severity]})`;
    const writes: DocumentWrite[] = [
      { collection: 'incidents', document: incident },
      timelineWrite(context, id, 'status-change', `Incident declared at ${label}: ${input.title}`, {
        starred: true,
      }),
    ];
    if (classified?.classification.recommendedSeverity)
      writes.push(timelineWrite(context, id, 'system', classificationText(incident, classified)));
    if (input.commanderId) {
      const name = (await reads.get('people', input.commanderId))?.displayName ?? input.commanderId;
      writes.push(
        timelineWrite(
          context,
          id,
          'role-change',
          `Incident Commander: ${name} (named at declaration)`,
        ),
      );
    }
    if (attachment)
      writes.push(
        timelineWrite(
          context,
          id,
          'system',
          playbookAttachedText(attachment.playbook, structure ? roleLabelsOf(structure) : {}),
        ),
      );
    const rationale =
      classified?.classification.reasons?.join('; ') || `Declared at ${label}: ${input.title}`;
    writes.push(
      ...(await majorDeclarationDecision(reads, context, {
        id,
        severity: input.severity,
        rationale,
      })),
    );
    return { writes, result: incident };
  },
});
