import type { CommandContext } from '../commands/command.ts';
import type { RoleAssignment } from './commandRoles.ts';

export const COMMANDER_ROLE = 'incident-commander';
export const DEPUTY_ROLE = 'deputy-incident-commander';

/**
 * The roles after command passes to `toPersonId`: the commander role goes to
 * them, and a Deputy who takes command leaves the Deputy role free. Shared by
 * transferCommand and the acknowledgement of a handoff brief.
 */
export function rolesAfterCommandTransfer(
  current: readonly RoleAssignment[],
  toPersonId: string,
  context: CommandContext,
): { roles: RoleAssignment[]; deputyFreed: boolean } {
  const vacated = current.filter((r) => r.personId === toPersonId && r.role === DEPUTY_ROLE);
  const roles = [
    ...current.filter((r) => r.role !== COMMANDER_ROLE && !vacated.includes(r)),
    {
      role: COMMANDER_ROLE,
      personId: toPersonId,
      since: context.now.toISOString(),
      assignedBy: context.actor.id,
    },
  ];
  return { roles, deputyFreed: vacated.length > 0 };
}
