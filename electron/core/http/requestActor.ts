import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { Actor } from '../../../shared/commands/command.ts';
import { HttpError } from './httpErrors.ts';

export const ACTOR_HEADER = 'x-lantern-actor';
const personId = z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/);

/** API callers act as an integration unless they name a person in X-Lantern-Actor. */
export function actorFromHeaders(request: IncomingMessage): Actor {
  const header = request.headers[ACTOR_HEADER];
  if (header === undefined) return { kind: 'integration', id: 'api' };
  const parsed = personId.safeParse(header);
  if (!parsed.success) {
    throw new HttpError(400, 'invalid-input', 'X-Lantern-Actor must be a person id', [
      { field: 'X-Lantern-Actor', reason: 'not a person id' },
    ]);
  }
  return { kind: 'person', id: parsed.data };
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
