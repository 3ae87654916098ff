import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

export const AUTHENTICATION_METHODS = ['passphrase', 'pin'] as const;
export type AuthenticationMethod = (typeof AUTHENTICATION_METHODS)[number];

/**
 * A signed-in session. Only a hash of its token is kept, so a copied
 * database opens no session. Ending it is a synced change: every node that
 * receives it refuses the token from then on.
 */
export const sessionShape = z.strictObject({
  id: idField,
  personId: idField,
  /** sha256 of the session token, hex. */
  tokenHash: z.string().length(64),
  /** The node that opened it; the token is only presented there. */
  nodeId: idField,
  method: z.enum(AUTHENTICATION_METHODS),
  startedAt: isoTimeField,
  expiresAt: isoTimeField,
  endedAt: isoTimeField.optional(),
  endedBy: z.string().max(140).optional(),
  endReason: z.enum(['signed-out', 'revoked', 'deactivated']).optional(),
  hlc: hlcField,
});

export type SessionDoc = z.infer<typeof sessionShape>;
