import { z } from 'zod';
import { administratorsOf } from '../commands/administrators.ts';
import { defineCommand } from '../commands/command.ts';
import { conflict, forbidden, notFound } from '../commands/errors.ts';
import type { AccessTokenDoc } from '../schema/accessToken.ts';
import { INTEGRATION_SCOPE_NAMES } from './scopes.ts';

export const WALL_READ_SCOPE = 'wall:read';

/** The node makes the token and its hash; the command records the hash and what it may do. */
export const createAccessTokenInput = z
  .object({
    tokenId: z.string().min(1).max(64),
    purpose: z.enum(['integration', 'wall']),
    name: z.string().trim().min(1, 'name the tool or display').max(200),
    ownerId: z.string().min(1).max(64),
    scopes: z
      .array(z.enum(INTEGRATION_SCOPE_NAMES as [string, ...string[]]))
      .max(16)
      .default([]),
    incidentIds: z.array(z.string().min(1).max(64)).max(50).optional(),
    tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export const createAccessToken = defineCommand({
  name: 'createAccessToken',
  summary: 'Create an integration token or a wall display token (administrators)',
  input: createAccessTokenInput,
  permission: 'administrator',
  stepUp: 'create a token',
  async plan(reads, input, context) {
    if (!(await reads.get('people', input.ownerId))) throw notFound('person', input.ownerId);
    if (input.purpose === 'integration' && input.scopes.length === 0)
      throw conflict('An integration token needs at least one scope');
    if (input.expiresAt && Date.parse(input.expiresAt) <= context.now.getTime())
      throw conflict('The expiry must be in the future');
    const token: AccessTokenDoc = {
      id: input.tokenId,
      purpose: input.purpose,
      name: input.name,
      ownerId: input.ownerId,
      scopes: input.purpose === 'wall' ? [WALL_READ_SCOPE] : input.scopes,
      ...(input.incidentIds?.length ? { incidentIds: input.incidentIds } : {}),
      tokenHash: input.tokenHash,
      createdAt: context.now.toISOString(),
      ...(input.expiresAt ? { expiresAt: input.expiresAt } : {}),
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'accessTokens', document: token }], result: withoutHash(token) };
  },
});

export const revokeAccessToken = defineCommand({
  name: 'revokeAccessToken',
  summary: 'Revoke an integration or wall token (its owner or an administrator)',
  input: z.object({ tokenId: z.string().min(1).max(64) }).strict(),
  permission: 'person',
  async plan(reads, input, context) {
    const token = await reads.get('accessTokens', input.tokenId);
    if (!token) throw notFound('access token', input.tokenId);
    const [workspace] = await reads.find('workspaces', {});
    const administrators = workspace ? administratorsOf(workspace) : [];
    const actor = context.actor;
    const allowed =
      actor.kind === 'system' ||
      (actor.kind === 'person' &&
        (actor.id === token.ownerId || administrators.includes(actor.id)));
    if (!allowed)
      throw forbidden('Only the token’s owner or a workspace administrator may revoke it');
    if (token.revokedAt) return { writes: [], result: withoutHash(token) };
    const revoked: AccessTokenDoc = {
      ...token,
      revokedAt: context.now.toISOString(),
      revokedBy: `${actor.kind}:${actor.id}`,
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'accessTokens', document: revoked }], result: withoutHash(revoked) };
  },
});

export function withoutHash(token: AccessTokenDoc): Omit<AccessTokenDoc, 'tokenHash'> {
  const { tokenHash: _hash, ...shown } = token;
  return shown;
}
