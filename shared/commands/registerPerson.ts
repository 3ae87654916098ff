import { z } from 'zod';
import { defineCommand } from './command.ts';
import { notFound } from './errors.ts';
import type { PersonDoc } from '../schema/person.ts';

export const registerPersonInput = z
  .object({
    displayName: z.string().trim().min(1, 'enter a name').max(200),
    email: z.email().max(320).optional(),
    phone: z.string().trim().max(40).optional(),
    jobTitle: z.string().trim().max(200).optional(),
    teamId: z.string().max(64).optional(),
    timeZone: z.string().max(64).optional(),
  })
  .strict();

/** Add a person's profile to the workspace. */
export const registerPerson = defineCommand({
  name: 'registerPerson',
  summary: 'Add a person to the workspace',
  input: registerPersonInput,
  permission: 'administrator',
  async plan(reads, input, context) {
    if ((await reads.find('workspaces', {})).length === 0) throw notFound('workspace', 'current');
    if (input.teamId && (await reads.get('organisation', input.teamId))?.kind !== 'team')
      throw notFound('team', input.teamId);
    const person: PersonDoc = {
      id: context.newId('person'),
      createdAt: context.now.toISOString(),
      hlc: context.nextHlc(),
      ...input,
    };
    return { writes: [{ kind: 'people', document: person }], result: person };
  },
});
