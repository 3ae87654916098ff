import {
  roleLabel,
  roleLabelsOf,
  validateCommandStructure,
  type CommandRole,
  type CommandStructureConfig,
} from '../authority/index.ts';
import type { CommandContext, CommandReads } from '../commands/command.ts';
import { invalidInput } from '../commands/errors.ts';
import type { IncidentType } from '../domain/incident.ts';
import type { Severity } from '../domain/severity.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { requireCommandStructure, requireDecisionMatrix } from './frameworkReads.ts';
import {
  authorityContextFor,
  describeBasis,
  COMMAND_AUTHORITY_DECISION,
  requireCommandAuthority,
} from './incidentAuthority.ts';
import { newProblems } from './incidentUpdate.ts';
import { subIncidentsOf } from './subIncidents.ts';

export type RoleAssignment = NonNullable<IncidentDoc['roles']>[number];

export function commandRoleOf(config: CommandStructureConfig, role: string): CommandRole {
  const found = config.roles.find((r) => r.id === role);
  if (!found)
    throw invalidInput([
      {
        field: 'role',
        reason: `"${role}" is not a role in this organisation's command structure; use one of ${config.roles.map((r) => r.id).join(', ')}`,
      },
    ]);
  return found;
}

/** Refuse role changes that break the organisation's rules; gaps that were already there do not block. */
export async function assertStructureAllows(
  reads: CommandReads,
  config: CommandStructureConfig,
  incident: IncidentDoc,
  roles: readonly RoleAssignment[],
): Promise<void> {
  const structure = {
    incidentType: incident.type as IncidentType,
    severity: incident.severity as Severity,
    subIncidents: await subIncidentsOf(reads, incident.id),
  };
  const before = validateCommandStructure(config, { ...structure, roles: incident.roles ?? [] });
  const after = validateCommandStructure(config, { ...structure, roles });
  const introduced = newProblems(before, after);
  if (introduced.length > 0) throw invalidInput(introduced);
}

/**
 * Everything a role change needs: the command structure, the actor's
 * command authority (with the basis in words) and people's names.
 */
export async function commandChangeContext(
  reads: CommandReads,
  incident: IncidentDoc,
  context: CommandContext,
  /** A role whose holders may act without command authority (the Area Commander for sub-incidents). */
  alsoAllowedRole?: string,
) {
  const config = await requireCommandStructure(reads);
  const matrix = await requireDecisionMatrix(reads);
  const authority = await authorityContextFor(reads, incident.roles ?? [], context, incident.id);
  const names = authority.names ?? {};
  const labels = roleLabelsOf(config);
  const holdsAllowedRole =
    alsoAllowedRole !== undefined &&
    authority.incidentRoles.some(
      (r) => r.role === alsoAllowedRole && r.personId === context.actor.id,
    );
  if (holdsAllowedRole)
    return {
      config,
      basis: `as the ${roleLabel(alsoAllowedRole, labels)}`,
      labels,
      nameOf: (personId: string) => names[personId] ?? personId,
    };
  const ruling = requireCommandAuthority(matrix, authority);
  const commanded = authority.incidentRoles.some((r) => r.role === 'incident-commander');
  return {
    config,
    /** "on the authority of the Incident Commander", or why anyone could act. */
    basis: commanded
      ? describeBasis(matrix, COMMAND_AUTHORITY_DECISION, authority, ruling)
      : 'as nobody commanded the incident',
    labels,
    nameOf: (personId: string) => names[personId] ?? personId,
  };
}
