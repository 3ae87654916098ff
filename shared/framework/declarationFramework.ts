import { complianceFlagList } from '../classification/complianceFlagLabels.ts';
import { roleLabelsOf, type CommandStructureConfig } from '../authority/index.ts';
import { describeSeverity, type DeclarationAnswers } from '../classification/index.ts';
import type { CommandContext, CommandReads, DocumentWrite } from '../commands/command.ts';
import { conflict } from '../commands/errors.ts';
import { timelineWrite } from '../commands/timelineEntry.ts';
import type { IncidentType } from '../domain/incident.ts';
import type { Severity } from '../domain/severity.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import {
  classifyDeclaration,
  type DeclarationClassification,
} from './declarationClassification.ts';
import {
  adoptedPlaybooks,
  classificationCriteriaInEffect,
  commandStructureOrUndefined,
} from './frameworkReads.ts';
import { attachPlaybook, playbookAttachedText } from './incidentPlaybook.ts';

/** What a declaration asks the framework about. */
export interface DeclarationRequest {
  severity: Severity;
  answers?: DeclarationAnswers | undefined;
  impact?: string | undefined;
  urgency?: string | undefined;
}

/** What the adopted framework says about a new incident. */
export interface DeclarationFramework {
  classified: DeclarationClassification | undefined;
  structure: CommandStructureConfig | undefined;
  commandMode: 'centralized' | 'decentralized' | undefined;
  attachment: ReturnType<typeof attachPlaybook>;
}

async function classify(
  reads: CommandReads,
  request: DeclarationRequest,
  type: IncidentType,
  now: Date,
): Promise<DeclarationClassification | undefined> {
  const criteria = await classificationCriteriaInEffect(reads, now);
  if (!criteria) {
    if (request.answers || request.impact || request.urgency)
      throw conflict(
        'No classification criteria have been adopted, so answers, impact and urgency cannot be classified: adopt resources/framework/classification.json or declare with a severity only',
      );
    return undefined;
  }
  return classifyDeclaration(criteria, {
    type,
    answers: request.answers,
    impact: request.impact,
    urgency: request.urgency,
  });
}

/** Classification, command mode (unlisted types are centralized) and playbook for a new incident. */
export async function declarationFramework(
  reads: CommandReads,
  request: DeclarationRequest,
  type: IncidentType,
  context: CommandContext,
): Promise<DeclarationFramework> {
  const classified = await classify(reads, request, type, context.now);
  const structure = await commandStructureOrUndefined(reads);
  const commandMode = structure
    ? (structure.commandModes.find((m) => m.incidentType === type)?.mode ?? 'centralized')
    : undefined;
  const playbooks = await adoptedPlaybooks(reads);
  const attachment = attachPlaybook(playbooks, { type, severity: request.severity }, context);
  return { classified, structure, commandMode, attachment };
}

function classificationText(incident: IncidentDoc, classified: DeclarationClassification): string {
  const { classification } = classified;
  const recommended = classification.recommendedSeverity as Severity | undefined;
  const parts = [`Classified under criteria ${classification.criteriaVersion}`];
  if (recommended) {
    const differs = recommended === incident.severity ? '' : `; declared at ${incident.severity}`;
    parts.push(`: recommended ${describeSeverity(recommended)}${differs}`);
  }
  if (classification.reasons?.length) parts.push(` — ${classification.reasons.join('; ')}`);
  if (classified.complianceFlags.length > 0)
    parts.push(`. Compliance flags: ${complianceFlagList(classified.complianceFlags)}`);
  return parts.join('');
}

/**
 * The new incident's first timeline entries: the declaration (starred),
 * how it was classified, a commander named by someone else, the playbook.
 * A declarer who commands their own incident needs no entry of their own:
 * the declaration names them.
 */
export async function declarationEntries(
  reads: CommandReads,
  context: CommandContext,
  incident: IncidentDoc,
  namedCommanderId: string | undefined,
  framework: DeclarationFramework,
): Promise<DocumentWrite[]> {
  const label = describeSeverity(incident.severity as Severity);
  const entry = (kind: 'status-change' | 'system' | 'role-change', text: string, starred = false) =>
    timelineWrite(context, incident.id, kind, text, { starred });
  const entries = [
    entry('status-change', `Incident declared at ${label}: ${incident.title}`, true),
  ];
  if (framework.classified?.classification.recommendedSeverity)
    entries.push(entry('system', classificationText(incident, framework.classified)));
  if (namedCommanderId) {
    const name = (await reads.get('people', namedCommanderId))?.displayName ?? namedCommanderId;
    entries.push(entry('role-change', `Incident Commander: ${name} (named at declaration)`));
  }
  if (framework.attachment) {
    const labels = framework.structure ? roleLabelsOf(framework.structure) : {};
    entries.push(entry('system', playbookAttachedText(framework.attachment.playbook, labels)));
  }
  return entries;
}
