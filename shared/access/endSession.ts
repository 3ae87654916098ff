import { z } from 'zod';
import { administratorsOf } from '../commands/administrators.ts';
import { defineCommand } from '../commands/command.ts';
import { forbidden, notFound } from '../commands/errors.ts';
import type { SessionDoc } from '../schema/session.ts';
import { requireStepUp } from './stepUp.ts';

export const endSessionInput = z.object({ sessionId: z.string().min(1).max(64) }).strict();

/**
 * Sign out (your own session) or revoke (an administrator, anyone's). The
 * ended session syncs: every node refuses its token once it has it.
 */
export const endSession = defineCommand({
  name: 'endSession',
  summary: 'Sign out, or revoke someone’s session (administrators)',
  input: endSessionInput,
  permission: 'observer',
  stepUpWhen: 'revoking someone else’s session',
  async plan(reads, input, context) {
    const session = await reads.get('sessions', input.sessionId);
    if (!session) throw notFound('session', input.sessionId);
    if (session.endedAt) return { writes: [], result: { sessionId: session.id, ended: false } };
    const own = context.actor.kind === 'person' && context.actor.id === session.personId;
    if (!own && context.actor.kind !== 'system') {
      const [workspace] = await reads.find('workspaces', {});
      const administrators = workspace ? administratorsOf(workspace) : [];
      if (context.actor.kind !== 'person' || !administrators.includes(context.actor.id))
        throw forbidden('Only the person signed in or a workspace administrator may end a session');
      requireStepUp(context, 'revoke someone else’s session');
    }
    const ended: SessionDoc = {
      ...session,
      endedAt: context.now.toISOString(),
      endedBy: `${context.actor.kind}:${context.actor.id}`,
      endReason: own ? 'signed-out' : 'revoked',
      hlc: context.nextHlc(),
    };
    return {
      writes: [{ kind: 'sessions', document: ended }],
      result: { sessionId: session.id, ended: true },
    };
  },
});
