import { z } from 'zod';
import type { WorkspaceDoc } from '../schema/workspace.ts';
import { administratorsOf, requireAdministrator } from './administrators.ts';
import { defineCommand, type CommandReads } from './command.ts';
import { conflict, notFound } from './errors.ts';

const personInput = z.object({ personId: z.string().min(1).max(64) }).strict();

async function workspaceOf(reads: CommandReads): Promise<WorkspaceDoc> {
  const [workspace] = await reads.find('workspaces', {});
  if (!workspace) throw conflict('This node has no workspace yet; create one first');
  return workspace;
}

/** An administrator makes another person an administrator of the workspace. */
export const grantAdministrator = defineCommand({
  name: 'grantAdministrator',
  summary: 'Make a person a workspace administrator (administrators only)',
  input: personInput,
  permission: 'administrator',
  stepUp: 'change who administers the workspace',
  async plan(reads, input, context) {
    await requireAdministrator(reads, context.actor, 'name administrators');
    const workspace = await workspaceOf(reads);
    if (!(await reads.get('people', input.personId))) throw notFound('person', input.personId);
    const current = administratorsOf(workspace);
    if (current.includes(input.personId))
      return { writes: [], result: { administratorIds: current } };
    const updated: WorkspaceDoc = {
      ...workspace,
      administratorIds: [...current, input.personId],
      hlc: context.nextHlc(),
    };
    return {
      writes: [{ kind: 'workspaces', document: updated }],
      result: { administratorIds: updated.administratorIds ?? [] },
    };
  },
});

/** An administrator removes one; the last administrator cannot be removed. */
export const revokeAdministrator = defineCommand({
  name: 'revokeAdministrator',
  summary: 'Remove a workspace administrator (administrators only; never the last one)',
  input: personInput,
  permission: 'administrator',
  stepUp: 'change who administers the workspace',
  async plan(reads, input, context) {
    await requireAdministrator(reads, context.actor, 'remove administrators');
    const workspace = await workspaceOf(reads);
    const current = administratorsOf(workspace);
    if (!current.includes(input.personId)) throw notFound('administrator', input.personId);
    if (current.length === 1)
      throw conflict('A workspace keeps at least one administrator; name another one first');
    const updated: WorkspaceDoc = {
      ...workspace,
      administratorIds: current.filter((id) => id !== input.personId),
      hlc: context.nextHlc(),
    };
    return {
      writes: [{ kind: 'workspaces', document: updated }],
      result: { administratorIds: updated.administratorIds ?? [] },
    };
  },
});
