import { requireAdministrator } from '../commands/administrators.ts';
import { defineCommand, type CommandContext, type CommandReads } from '../commands/command.ts';
import { notFound } from '../commands/errors.ts';
import type { PagingProfileDoc } from '../schema/pagingProfile.ts';
import { setContactMethodsInput } from './contactMethods.ts';

/** People keep their own contact methods; an administrator may keep anyone's. */
export async function requireProfileKeeper(
  reads: CommandReads,
  context: CommandContext,
  personId: string,
  displayName: string,
): Promise<void> {
  if (context.actor.kind === 'person' && context.actor.id === personId) return;
  await requireAdministrator(reads, context.actor, `change ${displayName}'s contact methods`);
}

/**
 * Set a person's contact methods (SMS, voice, e-mail, push, webhook),
 * notification rules ("push at once, SMS after 2 min, call after 5") and
 * quiet hours. A method keeps when it was added and last tested.
 */
export const setContactMethods = defineCommand({
  name: 'setContactMethods',
  summary: 'Set a person’s contact methods, notification rules and quiet hours',
  input: setContactMethodsInput,
  permission: 'person',
  async plan(reads, input, context) {
    const person = await reads.get('people', input.personId);
    if (!person) throw notFound('person', input.personId);
    await requireProfileKeeper(reads, context, person.id, person.displayName);
    const previous = await reads.get('pagingProfiles', person.id);
    const now = context.now.toISOString();
    const methods = input.methods.map((method) => {
      const before = previous?.methods.find((m) => m.id === method.id);
      const same = before?.type === method.type && before.address === method.address;
      return {
        ...method,
        addedAt: before?.addedAt ?? now,
        ...(same && before.testedAt ? { testedAt: before.testedAt } : {}),
      };
    });
    const rules = input.rules.map((rule) => ({
      ...rule,
      id: `${rule.methodId}-${rule.afterMinutes}`,
    }));
    const profile: PagingProfileDoc = {
      id: person.id,
      personId: person.id,
      methods,
      rules,
      ...(input.quietHours ? { quietHours: input.quietHours } : {}),
      updatedAt: now,
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'pagingProfiles', document: profile }], result: profile };
  },
});
