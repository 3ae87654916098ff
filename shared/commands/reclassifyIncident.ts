import { z } from 'zod';
import { roleLabelsOf, severityChangeDecisions, type Decision } from '../authority/index.ts';
import {
  complianceFlagsFor,
  describeSeverity,
  incidentTypeRule,
  isAtLeast,
  raisedComplianceFlags,
  type ClassificationCriteria,
} from '../classification/index.ts';
import { INCIDENT_TYPES, type IncidentType } from '../domain/incident.ts';
import { SEVERITIES, severityRank, type Severity } from '../domain/severity.ts';
import { decisionWrite } from '../framework/decisionRecord.ts';
import {
  adoptedPlaybooks,
  classificationCriteriaInEffect,
  commandStructureOrUndefined,
  requireDecisionMatrix,
} from '../framework/frameworkReads.ts';
import { attachPlaybook, playbookAttachedText } from '../framework/incidentPlaybook.ts';
import {
  authorityContextFor,
  describeBasis,
  requireAuthority,
} from '../framework/incidentAuthority.ts';
import { updatedIncident } from '../framework/incidentUpdate.ts';
import { requireOpenIncident } from '../framework/references.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import {
  defineCommand,
  type CommandContext,
  type CommandReads,
  type DocumentWrite,
} from './command.ts';
import { invalidInput } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const reclassifyIncidentInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    severity: z.enum(SEVERITIES, { error: `severity must be one of ${SEVERITIES.join(', ')}` }),
    type: z
      .enum(INCIDENT_TYPES, { error: `type must be one of ${INCIDENT_TYPES.join(', ')}` })
      .optional(),
    reason: z.string().trim().min(1, 'say why the classification changes').max(2000),
  })
  .strict();
type ReclassifyInput = z.infer<typeof reclassifyIncidentInput>;

function checkTypeFloor(
  criteria: ClassificationCriteria | undefined,
  type: IncidentType,
  severity: Severity,
) {
  const rule = criteria ? incidentTypeRule(criteria, type) : undefined;
  if (rule?.minSeverity && !isAtLeast(severity, rule.minSeverity))
    throw invalidInput([
      {
        field: 'severity',
        reason: `${rule.label} incidents start at ${describeSeverity(rule.minSeverity)} or higher under criteria ${criteria?.version}`,
      },
    ]);
}

/** Authority for each decision the severity change needs; the decision-log entries and the basis in words. */
async function authorise(
  reads: CommandReads,
  context: CommandContext,
  incident: IncidentDoc,
  input: ReclassifyInput,
): Promise<{ writes: DocumentWrite[]; basis: string }> {
  const decisions: Decision[] = severityChangeDecisions(
    incident.severity as Severity,
    input.severity,
  );
  if (decisions.length === 0) return { writes: [], basis: '' };
  const matrix = await requireDecisionMatrix(reads);
  const authority = await authorityContextFor(reads, incident.roles ?? [], context, incident.id);
  const rulings = decisions.map((decision) => ({
    decision,
    ruling: requireAuthority(matrix, decision, authority),
  }));
  const summary = `${incident.severity} → ${input.severity}`;
  const writes = rulings.map(({ decision, ruling }) =>
    decisionWrite(
      context,
      incident.id,
      decision,
      { summary: `Severity ${summary}`, rationale: input.reason },
      ruling,
    ),
  );
  const first = rulings[0];
  return {
    writes,
    basis: first ? ` ${describeBasis(matrix, first.decision, authority, first.ruling)}` : '',
  };
}

/**
 * An incident without a playbook gets the one its new classification calls
 * for (a SEV4 raised to SEV2 now needs the major-outage playbook); one
 * already attached stays, with its progress.
 */
async function newlyApplicablePlaybook(
  reads: CommandReads,
  context: CommandContext,
  incident: IncidentDoc,
) {
  if (incident.playbook) return undefined;
  const attachment = attachPlaybook(
    await adoptedPlaybooks(reads),
    { type: incident.type as IncidentType, severity: incident.severity as Severity },
    context,
  );
  if (!attachment) return undefined;
  const structure = await commandStructureOrUndefined(reads);
  const text = playbookAttachedText(attachment.playbook, structure ? roleLabelsOf(structure) : {});
  return {
    attached: attachment.attached,
    entry: timelineWrite(context, incident.id, 'system', text),
  };
}

function changeText(
  incident: IncidentDoc,
  updated: IncidentDoc,
  actorName: string,
  basis: string,
): string {
  const from = incident.severity as Severity;
  const to = updated.severity as Severity;
  const parts: string[] = [];
  if (from !== to) {
    const verb = severityRank(to) < severityRank(from) ? 'raised' : 'lowered';
    parts.push(`Severity ${verb}: ${describeSeverity(from)} → ${describeSeverity(to)}`);
  }
  if (incident.type !== updated.type) {
    const flags = updated.complianceFlags?.length ? updated.complianceFlags.join(', ') : 'none';
    parts.push(`type ${incident.type} → ${updated.type} (compliance flags: ${flags})`);
  }
  return `${parts.join('; ')} — by ${actorName}${basis}`;
}

/** Change an incident's severity or type with a reason, on the authority the matrix gives for raising or lowering. */
export const reclassifyIncident = defineCommand({
  name: 'reclassifyIncident',
  summary: 'Raise or lower the severity or change the type of an incident, with the reason',
  input: reclassifyIncidentInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireOpenIncident(reads, input.incidentId);
    const type = input.type ?? (incident.type as IncidentType);
    if (input.severity === incident.severity && type === incident.type)
      throw invalidInput([
        {
          field: 'severity',
          reason: `${incident.reference} is already ${input.severity} (${type}); nothing to change`,
        },
      ]);
    const criteria = await classificationCriteriaInEffect(reads, context.now);
    checkTypeFloor(criteria, type, input.severity);
    const { writes, basis } = await authorise(reads, context, incident, input);
    const updated = updatedIncident(
      incident,
      {
        severity: input.severity,
        type,
        ...(criteria
          ? {
              classification: { ...incident.classification, criteriaVersion: criteria.version },
              complianceFlags: raisedComplianceFlags(complianceFlagsFor(criteria, type)),
            }
          : {}),
      },
      context,
    );
    const actorName =
      (await reads.get('people', context.actor.id))?.displayName ?? context.actor.id;
    const version = criteria ? ` Criteria ${criteria.version}.` : '';
    const reason = input.reason.replace(/[.\s]+$/, '');
    const text = `${changeText(incident, updated, actorName, basis)}. Reason: ${reason}.${version}`;
    const entry = timelineWrite(context, incident.id, 'status-change', text, { starred: true });
    const playbook = await newlyApplicablePlaybook(reads, context, updated);
    if (playbook) updated.playbook = playbook.attached;
    return {
      writes: [
        { kind: 'incidents', document: updated },
        entry,
        ...(playbook ? [playbook.entry] : []),
        ...writes,
      ],
      result: updated,
    };
  },
});
