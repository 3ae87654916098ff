import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { Actor } from '../../../shared/commands/command.ts';
import { principalOf } from '../access/principal.ts';
import { HttpError } from './httpErrors.ts';

export const ACTOR_HEADER = 'x-lantern-actor';
const personId = z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/);

export const ACT_FOR_OTHERS = 'act-for-others';

/**
 * The actor of a request: the signed-in person, the integration, or the
 * node's operator, as the server authenticated it. A caller naming someone
 * (X-Lantern-Actor, or `actor` in a command's body) is refused unless it is
 * an integration allowed to act for others; its action is then recorded as
 * the person's, by the integration.
 */
export function requestActor(request: IncomingMessage, namedInBody?: { id: string }): Actor {
  const principal = principalOf(request);
  if (!principal)
    throw new HttpError(
      401,
      'unauthenticated',
      'Sign in or send a token as Authorization: Bearer <token>',
    );
  if (principal.kind === 'wall')
    throw new HttpError(
      403,
      'read-only',
      'A wall display token only reads; it cannot change anything',
    );
  const named = namedActor(request, namedInBody);
  if (named === undefined) return principal.actor;
  if (principal.kind !== 'integration' || !principal.token.scopes.includes(ACT_FOR_OTHERS))
    throw new HttpError(
      403,
      'actor-not-allowed',
      'Naming who acts (X-Lantern-Actor or "actor") is refused: every action is the signed-in person’s. Sign in as that person (POST /api/v1/sessions); only an integration token with the act-for-others scope may name the person it acts for.',
      [
        {
          field: request.headers[ACTOR_HEADER] ? 'X-Lantern-Actor' : 'actor',
          reason: 'not allowed for this caller',
        },
      ],
    );
  return {
    kind: 'person',
    id: named,
    authentication: {
      credentialId: principal.token.id,
      method: 'integration-token',
      scopes: principal.token.scopes,
      byIntegration: principal.token.name,
    },
  };
}

/** Kept for routes written before sign-in: the same as `requestActor`. */
export const actorFromHeaders = requestActor;

function namedActor(request: IncomingMessage, namedInBody?: { id: string }): string | undefined {
  const header = request.headers[ACTOR_HEADER];
  const value = namedInBody?.id ?? header;
  if (value === undefined) return undefined;
  const parsed = personId.safeParse(value);
  if (!parsed.success)
    throw new HttpError(400, 'invalid-input', 'X-Lantern-Actor must be a person id', [
      { field: 'X-Lantern-Actor', reason: 'not a person id' },
    ]);
  return parsed.data;
}

export const commandRequestBody = z
  .object({
    input: z.unknown(),
    actor: z
      .object({ kind: z.enum(['person', 'integration']), id: personId })
      .strict()
      .optional(),
  })
  .strict();
