import {
  DEFAULT_COMMAND_ROLES,
  roleLabel,
  type CommandStructureConfig,
} from '../../../../shared/authority/index.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import type { PersonDoc } from '../../../../shared/schema/person.ts';
import type { SelectOption } from '../../ui/Field.tsx';
import { availabilityLabel } from './commandLabels.ts';

export const INCIDENT_COMMANDER = 'incident-commander';

export type RoleAssignment = NonNullable<IncidentDoc['roles']>[number];

/** The roles of the adopted command structure (or the defaults), in its order. */
export function commandRoles(structure: CommandStructureConfig | undefined) {
  return structure?.roles ?? DEFAULT_COMMAND_ROLES;
}

export function roleLabelsOf(structure: CommandStructureConfig | undefined) {
  return Object.fromEntries(commandRoles(structure).map((role) => [role.id, role.label]));
}

export function labelOfRole(role: string, structure: CommandStructureConfig | undefined): string {
  return roleLabel(role, roleLabelsOf(structure));
}

/** Roles assignRole takes: command itself changes hands by transfer. */
export function assignableRoleOptions(
  structure: CommandStructureConfig | undefined,
): SelectOption[] {
  return commandRoles(structure)
    .filter((role) => role.id !== INCIDENT_COMMANDER)
    .map((role) => ({ value: role.id, label: role.label }));
}

/** People by name, saying who is away or off shift. */
export function personOptions(people: readonly PersonDoc[]): SelectOption[] {
  return people
    .toSorted((a, b) => a.displayName.localeCompare(b.displayName))
    .map((person) => {
      const status = person.availability?.status;
      const away = status && status !== 'available' ? ` (${availabilityLabel(status)})` : '';
      return { value: person.id, label: `${person.displayName}${away}` };
    });
}

/** Holders in the structure's role order, the commander first. */
export function sortedAssignments(
  roles: readonly RoleAssignment[],
  structure: CommandStructureConfig | undefined,
): RoleAssignment[] {
  const order = commandRoles(structure).map((role) => role.id as string);
  const rank = (role: string) => (order.includes(role) ? order.indexOf(role) : order.length);
  return roles.toSorted((a, b) => rank(a.role) - rank(b.role));
}
