import { z } from 'zod';
import { defineCommand } from '../commands/command.ts';
import { forbidden, notFound } from '../commands/errors.ts';
import { AUTHENTICATION_METHODS, type SessionDoc } from '../schema/session.ts';

export const openSessionInput = z
  .object({
    sessionId: z.string().min(1).max(64),
    personId: z.string().min(1).max(64),
    tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
    method: z.enum(AUTHENTICATION_METHODS),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .strict();

/**
 * Record a sign-in. The node runs it only after it has verified the
 * person's passphrase (POST /api/v1/sessions); nobody else may.
 */
export const openSession = defineCommand({
  name: 'openSession',
  summary: 'Record a person’s sign-in on this node (after the node checked their passphrase)',
  input: openSessionInput,
  permission: 'node',
  auditedInput: (input) => ({
    sessionId: input.sessionId,
    personId: input.personId,
    method: input.method,
    expiresAt: input.expiresAt,
  }),
  async plan(reads, input, context) {
    const person = await reads.get('people', input.personId);
    if (!person) throw notFound('person', input.personId);
    if (person.deactivatedAt) throw forbidden(`${person.displayName} has been deactivated`);
    const session: SessionDoc = {
      id: input.sessionId,
      personId: input.personId,
      tokenHash: input.tokenHash,
      nodeId: context.nodeId,
      method: input.method,
      startedAt: context.now.toISOString(),
      expiresAt: input.expiresAt,
      hlc: context.nextHlc(),
    };
    return {
      writes: [{ kind: 'sessions', document: session }],
      result: { sessionId: session.id },
    };
  },
});
