import type { FieldProblem } from '../commands/errors.ts';
import type { CommandMode, CommandStructureConfig } from './commandStructureSchema.ts';
import { isAtLeast } from '../classification/severityMatrix.ts';
import { describeScope, type IncidentCommandStructure } from './subIncident.ts';

function modeFor(config: CommandStructureConfig, structure: IncidentCommandStructure): CommandMode {
  return (
    config.commandModes.find((m) => m.incidentType === structure.incidentType) ?? {
      incidentType: structure.incidentType,
      mode: 'centralized',
    }
  );
}

function roleProblems(
  config: CommandStructureConfig,
  structure: IncidentCommandStructure,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  structure.roles.forEach((assignment, i) => {
    if (!config.roles.some((r) => r.id === assignment.role))
      problems.push({
        field: `roles.${i}.role`,
        reason: `"${assignment.role}" is not a role in this organisation's command structure`,
      });
  });
  for (const role of config.roles) {
    const holders = structure.roles.filter((a) => a.role === role.id).length;
    if (holders > role.maxHolders)
      problems.push({
        field: 'roles',
        reason: `${holders} people hold ${role.label}; at most ${role.maxHolders} may — release the extra holders`,
      });
    if (holders === 0 && role.requiredFrom && isAtLeast(structure.severity, role.requiredFrom))
      problems.push({
        field: 'roles',
        reason: `${structure.severity} incidents need a ${role.label}; assign one`,
      });
  }
  return problems;
}

function subIncidentProblems(
  config: CommandStructureConfig,
  structure: IncidentCommandStructure,
): FieldProblem[] {
  const mode = modeFor(config, structure);
  if (structure.subIncidents.length === 0) return [];
  if (mode.mode === 'centralized')
    return [
      {
        field: 'subIncidents',
        reason: `${structure.incidentType} incidents are commanded centrally; fold the sub-incidents into this incident or make the type decentralized`,
      },
    ];
  const problems: FieldProblem[] = [];
  const areaCommander =
    config.roles.find((r) => r.id === mode.areaCommanderRole)?.label ?? mode.areaCommanderRole;
  if (!structure.roles.some((a) => a.role === mode.areaCommanderRole))
    problems.push({
      field: 'roles',
      reason: `Sub-incidents need an ${areaCommander} over them; assign one`,
    });
  const seen = new Set<string>();
  structure.subIncidents.forEach((sub, i) => {
    const key = `${sub.scope.kind}:${sub.scope.name.trim().toLowerCase()}`;
    if (!mode.splitBy.includes(sub.scope.kind))
      problems.push({
        field: `subIncidents.${i}.scope.kind`,
        reason: `${structure.incidentType} incidents split by ${mode.splitBy.join(' or ')}, not ${sub.scope.kind}`,
      });
    if (seen.has(key))
      problems.push({
        field: `subIncidents.${i}.scope.name`,
        reason: `Another sub-incident already covers ${describeScope(sub)}`,
      });
    if (!sub.leadId)
      problems.push({
        field: `subIncidents.${i}.leadId`,
        reason: `The sub-incident for ${describeScope(sub)} has no lead; assign one`,
      });
    seen.add(key);
  });
  return problems;
}

/** Everything wrong with an incident's command structure under the organisation's rules; empty when sound. */
export function validateCommandStructure(
  config: CommandStructureConfig,
  structure: IncidentCommandStructure,
): FieldProblem[] {
  return [...roleProblems(config, structure), ...subIncidentProblems(config, structure)];
}
