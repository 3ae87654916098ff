import { z } from 'zod';
import type { PersonDoc } from '../schema/person.ts';
import type { WorkspaceDoc } from '../schema/workspace.ts';
import { TIME_DISPLAYS } from '../time/displayTime.ts';
import { requireAdministrator } from './administrators.ts';
import { defineCommand } from './command.ts';
import { conflict, forbidden } from './errors.ts';

const choice = z.enum(TIME_DISPLAYS, { error: 'choose "utc" or "local"' });

export const setWorkspaceTimeDisplayInput = z.object({ timeDisplay: choice }).strict();

/** How the whole workspace sees times (UTC or each viewer's own zone); an administrator's choice. */
export const setWorkspaceTimeDisplay = defineCommand({
  name: 'setWorkspaceTimeDisplay',
  summary: 'Show times in UTC or in each viewer’s own zone, for the whole workspace',
  input: setWorkspaceTimeDisplayInput,
  permission: 'person',
  async plan(reads, input, context) {
    const [workspace] = await reads.find('workspaces', {});
    if (!workspace) throw conflict('There is no workspace yet');
    await requireAdministrator(reads, context.actor, 'change how the workspace shows times');
    const updated: WorkspaceDoc = {
      ...workspace,
      timeDisplay: input.timeDisplay,
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'workspaces', document: updated }], result: updated };
  },
});

export const setPersonalTimeDisplayInput = z
  .object({
    /** "workspace" drops the personal choice and follows the workspace again. */
    timeDisplay: z.enum([...TIME_DISPLAYS, 'workspace'], {
      error: 'choose "utc", "local" or "workspace"',
    }),
  })
  .strict();

/** A person's own choice of UTC or their zone, over the workspace's; synced to every device they use. */
export const setPersonalTimeDisplay = defineCommand({
  name: 'setPersonalTimeDisplay',
  summary: 'Show times to me in UTC or in my own zone',
  input: setPersonalTimeDisplayInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person')
      throw forbidden('Only a person has a personal time display');
    const person = await reads.get('people', context.actor.id);
    if (!person) throw forbidden('Sign in as a person of this workspace first');
    const { timeDisplay: _previous, ...rest } = person;
    const updated: PersonDoc = {
      ...rest,
      ...(input.timeDisplay === 'workspace' ? {} : { timeDisplay: input.timeDisplay }),
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'people', document: updated }], result: updated };
  },
});
