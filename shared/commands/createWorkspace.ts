import { z } from 'zod';
import { conflict } from './errors.ts';
import { defineCommand } from './command.ts';
import type { PersonDoc } from '../schema/person.ts';
import type { WorkspaceDoc } from '../schema/workspace.ts';

export const createWorkspaceInput = z
  .object({
    workspaceName: z.string().trim().min(1, 'name the workspace').max(200),
    displayName: z.string().trim().min(1, 'enter your name').max(200),
    email: z.email().max(320).optional(),
    jobTitle: z.string().trim().max(200).optional(),
  })
  .strict();

/** First run: create the organisation's workspace and the first person's profile. */
export const createWorkspace = defineCommand({
  name: 'createWorkspace',
  summary: 'Create the workspace and your own profile (first run)',
  input: createWorkspaceInput,
  permission: 'bootstrap',
  async plan(reads, input, context) {
    const existing = await reads.find('workspaces', {});
    if (existing.length > 0) {
      throw conflict(`This node already belongs to the workspace "${existing[0]?.name}"`);
    }
    const person: PersonDoc = {
      id: context.newId('person'),
      displayName: input.displayName,
      createdAt: context.now.toISOString(),
      hlc: context.nextHlc(),
      ...(input.email ? { email: input.email } : {}),
      ...(input.jobTitle ? { jobTitle: input.jobTitle } : {}),
    };
    const workspace: WorkspaceDoc = {
      id: context.newId('ws'),
      name: input.workspaceName,
      createdAt: context.now.toISOString(),
      createdBy: person.id,
      demo: false,
      administratorIds: [person.id],
      hlc: context.nextHlc(),
    };
    return {
      writes: [
        { kind: 'people', document: person },
        { kind: 'workspaces', document: workspace },
      ],
      result: { workspace, person },
    };
  },
});
