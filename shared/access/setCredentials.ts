import { z } from 'zod';
import { administratorsOf } from '../commands/administrators.ts';
import { defineCommand, type Actor, type CommandReads } from '../commands/command.ts';
import { forbidden, notFound } from '../commands/errors.ts';
import type { CredentialDoc } from '../schema/credential.ts';
import { secretHashShape } from '../schema/credential.ts';
import { requireStepUp } from './stepUp.ts';

/** The node hashes the passphrase and PIN (scrypt) before this command sees them. */
export const setCredentialsInput = z
  .object({
    personId: z.string().min(1).max(64),
    passphrase: secretHashShape,
    pin: secretHashShape.optional(),
  })
  .strict();

/** The node token's holder: the machine's owner, for first run and older data folders. */
export const OPERATOR_ID = 'operator';

function isOperator(actor: Actor): boolean {
  return actor.kind === 'integration' && actor.authentication?.method === 'operator-token';
}

/**
 * Who may set a person's credentials: the person themselves (after
 * step-up), an administrator (after step-up), or the node's operator for an
 * administrator who has none yet (first run, or a data folder from before
 * sign-in existed).
 */
async function assertMaySet(
  reads: CommandReads,
  actor: Actor,
  personId: string,
  now: Date,
): Promise<void> {
  const [workspace] = await reads.find('workspaces', {});
  const administrators = workspace ? administratorsOf(workspace) : [];
  if (isOperator(actor)) {
    if (!administrators.includes(personId))
      throw forbidden(
        'The node token only sets first credentials for an administrator; an administrator signs in and sets everyone else’s',
      );
    if (await reads.get('credentials', personId))
      throw forbidden(
        'This administrator already has credentials; they change them after signing in',
      );
    return;
  }
  if (actor.kind !== 'person')
    throw forbidden('Only the person themselves or an administrator may set credentials');
  if (actor.id !== personId && !administrators.includes(actor.id))
    throw forbidden('Only the person themselves or a workspace administrator may set credentials');
  requireStepUp({ actor, now }, 'set credentials');
}

export const setCredentials = defineCommand({
  name: 'setCredentials',
  summary: 'Set a person’s passphrase and PIN (themselves or an administrator)',
  input: setCredentialsInput,
  permission: 'observer',
  stepUpWhen: 'always (a person may set only their own unless an administrator)',
  operator: 'set the first credentials of an administrator who has none',
  auditedInput: (input) => ({ personId: input.personId, pin: input.pin !== undefined }),
  async plan(reads, input, context) {
    const person = await reads.get('people', input.personId);
    if (!person) throw notFound('person', input.personId);
    await assertMaySet(reads, context.actor, input.personId, context.now);
    const credential: CredentialDoc = {
      id: input.personId,
      passphrase: input.passphrase,
      pin: input.pin ?? null,
      setAt: context.now.toISOString(),
      setBy: `${context.actor.kind}:${context.actor.id}`,
      hlc: context.nextHlc(),
    };
    return {
      writes: [{ kind: 'credentials', document: credential }],
      result: { personId: input.personId, pin: input.pin !== undefined },
    };
  },
});
