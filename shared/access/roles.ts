import { administratorsOf } from '../commands/administrators.ts';
import type { CommandPermission } from '../commands/command.ts';
import type { PersonDoc } from '../schema/person.ts';
import type { WorkspaceDoc } from '../schema/workspace.ts';

export const WORKSPACE_ROLES = ['administrator', 'responder', 'observer'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** A person's workspace role: administrators are listed on the workspace, others on their profile. */
export function workspaceRoleOf(person: PersonDoc, workspace: WorkspaceDoc): WorkspaceRole {
  if (administratorsOf(workspace).includes(person.id)) return 'administrator';
  return person.workspaceRole ?? 'responder';
}

const ROLES_BY_PERMISSION: Record<CommandPermission, readonly WorkspaceRole[]> = {
  bootstrap: WORKSPACE_ROLES,
  administrator: ['administrator'],
  person: ['administrator', 'responder'],
  observer: WORKSPACE_ROLES,
  node: [],
};

export function permissionAllows(permission: CommandPermission, role: WorkspaceRole): boolean {
  return ROLES_BY_PERMISSION[permission].includes(role);
}

/** Who may run a command with this permission, in words (refusals and docs/access.md). */
export function whoMay(permission: CommandPermission): string {
  switch (permission) {
    case 'bootstrap':
      return 'anyone setting up a node that has no workspace yet';
    case 'administrator':
      return 'workspace administrators';
    case 'person':
      return 'administrators and responders';
    case 'observer':
      return 'every signed-in person (observers included)';
    case 'node':
      return "the node's own jobs (no person or integration)";
  }
}
