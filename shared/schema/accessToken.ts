import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

/**
 * A token for a tool (an integration: scopes say what it may do) or a wall
 * display (reads the wall's data, optionally only some incidents). Only a
 * hash of the token is stored; it is shown once, when created.
 */
export const accessTokenShape = z.strictObject({
  id: idField,
  purpose: z.enum(['integration', 'wall']),
  /** The tool or the display, e.g. "Grafana alerts", "War room wall". */
  name: z.string().min(1).max(200),
  /** The person answerable for it. */
  ownerId: idField,
  scopes: z.array(z.string().max(64)).max(32),
  /** A wall pinned to these incidents reads only them. */
  incidentIds: z.array(idField).max(50).optional(),
  tokenHash: z.string().length(64),
  createdAt: isoTimeField,
  expiresAt: isoTimeField.optional(),
  revokedAt: isoTimeField.optional(),
  revokedBy: z.string().max(140).optional(),
  hlc: hlcField,
});

export type AccessTokenDoc = z.infer<typeof accessTokenShape>;
