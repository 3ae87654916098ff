import { z } from 'zod';
import { administratorsOf } from '../commands/administrators.ts';
import { defineCommand, type DocumentWrite } from '../commands/command.ts';
import { conflict, notFound } from '../commands/errors.ts';
import type { PersonDoc } from '../schema/person.ts';

const personInput = z.object({ personId: z.string().min(1).max(64) }).strict();

export const setWorkspaceRole = defineCommand({
  name: 'setWorkspaceRole',
  summary: 'Make a person a responder or an observer (administrators)',
  input: z
    .object({ personId: z.string().min(1).max(64), role: z.enum(['responder', 'observer']) })
    .strict(),
  permission: 'administrator',
  stepUp: 'change what someone may do',
  async plan(reads, input, context) {
    const person = await reads.get('people', input.personId);
    if (!person) throw notFound('person', input.personId);
    const [workspace] = await reads.find('workspaces', {});
    if (workspace && administratorsOf(workspace).includes(person.id))
      throw conflict(
        `${person.displayName} is an administrator; remove them as administrator first`,
      );
    const updated: PersonDoc = { ...person, workspaceRole: input.role, hlc: context.nextHlc() };
    return { writes: [{ kind: 'people', document: updated }], result: updated };
  },
});

/**
 * Deactivating someone ends every session they have (on every node, once
 * synced) and refuses their sign-in and tokens they own from then on.
 */
export const deactivatePerson = defineCommand({
  name: 'deactivatePerson',
  summary: 'Deactivate a person: their sessions end everywhere (administrators)',
  input: personInput,
  permission: 'administrator',
  stepUp: 'deactivate someone',
  async plan(reads, input, context) {
    const person = await reads.get('people', input.personId);
    if (!person) throw notFound('person', input.personId);
    const [workspace] = await reads.find('workspaces', {});
    if (workspace && administratorsOf(workspace).includes(person.id))
      throw conflict(
        `${person.displayName} is an administrator; remove them as administrator first`,
      );
    if (person.deactivatedAt) return { writes: [], result: person };
    const now = context.now.toISOString();
    const updated: PersonDoc = { ...person, deactivatedAt: now, hlc: context.nextHlc() };
    const sessions = await reads.find('sessions', { personId: person.id });
    const ended: DocumentWrite[] = sessions
      .filter((session) => !session.endedAt)
      .map((session) => ({
        kind: 'sessions',
        document: {
          ...session,
          endedAt: now,
          endedBy: `${context.actor.kind}:${context.actor.id}`,
          endReason: 'deactivated',
          hlc: context.nextHlc(),
        },
      }));
    return { writes: [{ kind: 'people', document: updated }, ...ended], result: updated };
  },
});

export const reactivatePerson = defineCommand({
  name: 'reactivatePerson',
  summary: 'Reactivate a deactivated person (administrators)',
  input: personInput,
  permission: 'administrator',
  stepUp: 'reactivate someone',
  async plan(reads, input, context) {
    const person = await reads.get('people', input.personId);
    if (!person) throw notFound('person', input.personId);
    if (!person.deactivatedAt) return { writes: [], result: person };
    const { deactivatedAt: _was, ...active } = person;
    const updated: PersonDoc = { ...active, hlc: context.nextHlc() };
    return { writes: [{ kind: 'people', document: updated }], result: updated };
  },
});
