import { z } from 'zod';
import {
  SUB_INCIDENT_SCOPES,
  validateCommandStructure,
  type CommandMode,
  type CommandStructureConfig,
  type SubIncident,
} from '../authority/index.ts';
import { describeSeverity } from '../classification/index.ts';
import type { IncidentType } from '../domain/incident.ts';
import { SEVERITIES, type Severity } from '../domain/severity.ts';
import { commandChangeContext } from '../framework/commandRoles.ts';
import { requireCommandStructure } from '../framework/frameworkReads.ts';
import { newProblems } from '../framework/incidentUpdate.ts';
import { requireOpenIncident, requirePresentPersonField } from '../framework/references.ts';
import { describeArea, formatArea, subIncidentsOf } from '../framework/subIncidents.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { defineCommand, type CommandContext, type CommandReads } from './command.ts';
import { conflict, invalidInput } from './errors.ts';
import { incidentReference } from './declareIncident.ts';
import { timelineWrite } from './timelineEntry.ts';

export const declareSubIncidentInput = z
  .object({
    parentId: z.string().min(1).max(64),
    title: z.string().trim().min(1, 'give the sub-incident a title').max(200),
    /** The site, region or business unit it covers, e.g. "EMEA". */
    area: z.string().trim().min(1, 'name the area it covers').max(100),
    /** What kind of area; the first the incident type splits by when absent. */
    scope: z.enum(SUB_INCIDENT_SCOPES).optional(),
    severity: z.enum(SEVERITIES, { error: `severity must be one of ${SEVERITIES.join(', ')}` }),
    leadId: z.string().min(1).max(64),
  })
  .strict();
type DeclareSubIncidentInput = z.infer<typeof declareSubIncidentInput>;

/** The rules the organisation sets for splitting this incident, refusing what they do not allow. */
async function checkSplit(
  reads: CommandReads,
  parent: IncidentDoc,
  mode: CommandMode | undefined,
  subIncident: SubIncident,
  structure: CommandStructureConfig,
) {
  const existing = await subIncidentsOf(reads, parent.id);
  const base = {
    incidentType: parent.type as IncidentType,
    severity: parent.severity as Severity,
    roles: parent.roles ?? [],
  };
  const before = validateCommandStructure(structure, { ...base, subIncidents: existing });
  const after = validateCommandStructure(structure, {
    ...base,
    subIncidents: [...existing, subIncident],
  });
  const problems = newProblems(before, after);
  const scopeProblem = problems.find((p) => p.field.endsWith('.scope.kind'));
  if (scopeProblem && mode?.mode === 'decentralized')
    throw invalidInput([{ field: 'scope', reason: scopeProblem.reason }]);
  if (problems.length > 0) throw conflict(problems.map((p) => p.reason).join('; '));
}

function childIncident(
  parent: IncidentDoc,
  input: DeclareSubIncidentInput,
  area: string,
  context: CommandContext,
): IncidentDoc {
  const id = context.newId('inc');
  const at = context.now.toISOString();
  return {
    id,
    reference: incidentReference(context, id),
    title: input.title,
    summary: '',
    severity: input.severity,
    type: parent.type,
    status: 'declared',
    exercise: parent.exercise,
    declaredAt: at,
    declaredBy: context.actor.id,
    updatedAt: at,
    ...(parent.classification
      ? { classification: { criteriaVersion: parent.classification.criteriaVersion } }
      : {}),
    ...(parent.complianceFlags ? { complianceFlags: parent.complianceFlags } : {}),
    roles: [
      {
        role: 'incident-commander',
        personId: input.leadId,
        since: at,
        assignedBy: context.actor.id,
      },
    ],
    commandMode: 'centralized',
    parentId: parent.id,
    area,
    ...(parent.serviceIds ? { serviceIds: parent.serviceIds } : {}),
    hlc: context.nextHlc(),
  };
}

/**
 * Decentralized command: open a sub-incident for one site, region or
 * business unit of a parent incident, with its own lead as its Incident
 * Commander. Needs the parent's Area Commander or command authority.
 */
export const declareSubIncident = defineCommand({
  name: 'declareSubIncident',
  summary: 'Open a sub-incident for one site, region or business unit, with its own lead',
  input: declareSubIncidentInput,
  permission: 'person',
  async plan(reads, input, context) {
    const parent = await requireOpenIncident(reads, input.parentId);
    if (parent.parentId)
      throw conflict(
        `${parent.reference} is itself a sub-incident; open the new one under its parent`,
      );
    const lead = await requirePresentPersonField(reads, input.leadId, 'leadId', 'choose as lead');
    const config = await requireCommandStructure(reads);
    const mode = config.commandModes.find((m) => m.incidentType === parent.type);
    const areaCommander = mode?.mode === 'decentralized' ? mode.areaCommanderRole : undefined;
    const change = await commandChangeContext(reads, parent, context, areaCommander);
    const scope =
      input.scope ?? (mode?.mode === 'decentralized' ? mode.splitBy[0] : undefined) ?? 'site';
    const area = formatArea({ kind: scope, name: input.area });
    const leadId = lead.id;
    await checkSplit(
      reads,
      parent,
      mode,
      {
        id: '',
        scope: { kind: scope, name: input.area },
        leadId,
        status: 'declared',
        severity: input.severity,
      },
      change.config,
    );
    const child = childIncident(parent, input, area, context);
    const where = describeArea(area);
    const severity = describeSeverity(input.severity);
    const childText = `Sub-incident declared at ${severity} for ${where} under ${parent.reference}: ${input.title}. Lead: ${lead.displayName}`;
    const parentText = `Sub-incident ${child.reference} opened for ${where} at ${severity}, led by ${lead.displayName} — by ${change.nameOf(context.actor.id)}`;
    return {
      writes: [
        { kind: 'incidents', document: child },
        timelineWrite(context, child.id, 'status-change', childText, { starred: true }),
        timelineWrite(context, parent.id, 'system', parentText, { starred: true }),
      ],
      result: child,
    };
  },
});
