import type { Actor, CommandReads } from './command.ts';
import { forbidden } from './errors.ts';
import type { WorkspaceDoc } from '../schema/workspace.ts';

/** The workspace's administrators; a workspace from before the list existed has its creator. */
export function administratorsOf(workspace: WorkspaceDoc): string[] {
  return workspace.administratorIds?.length ? workspace.administratorIds : [workspace.createdBy];
}

/**
 * Governance changes need an administrator. The node itself and API callers
 * holding the node's token without naming a person (the operator's own
 * automation) are trusted as the node's operator; a person must be listed.
 */
export async function requireAdministrator(
  reads: CommandReads,
  actor: Actor,
  what: string,
): Promise<void> {
  if (actor.kind !== 'person') return;
  const [workspace] = await reads.find('workspaces', {});
  if (!workspace) return;
  const administrators = administratorsOf(workspace);
  if (administrators.includes(actor.id)) return;
  const names = await Promise.all(
    administrators.map(async (id) => (await reads.get('people', id))?.displayName ?? id),
  );
  throw forbidden(`Only a workspace administrator (${names.join(', ')}) can ${what}`);
}
