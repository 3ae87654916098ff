import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { withoutHash } from '../../../shared/access/accessTokenCommands.ts';
import { INTEGRATION_SCOPE_NAMES } from '../../../shared/access/scopes.ts';
import { administratorsOf } from '../../../shared/commands/administrators.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { HttpError } from '../http/httpErrors.ts';
import { sendJson } from '../http/jsonResponse.ts';
import { commonErrors, error, json, pathParam } from '../http/openApiParts.ts';
import { requestActor } from '../http/requestActor.ts';
import { defineRoute } from '../http/routeDefinition.ts';
import { newToken } from './credentialTokens.ts';

const createBody = z
  .object({
    purpose: z.enum(['integration', 'wall']),
    name: z.string().max(200),
    ownerId: z.string().max(64).optional(),
    scopes: z
      .array(z.enum(INTEGRATION_SCOPE_NAMES as [string, ...string[]]))
      .max(16)
      .optional(),
    incidentIds: z.array(z.string().max(64)).max(50).optional(),
    expiresAt: z.string().max(40).optional(),
  })
  .strict();

const create = defineRoute({
  method: 'POST',
  path: '/api/v1/tokens',
  summary:
    'Create an integration token (with scopes) or a read-only wall token (administrators, step-up)',
  body: createBody,
  responses: {
    '201': { description: 'Created; the token is shown only now', ...json({ type: 'object' }) },
    '403': error('Not an administrator, or step-up needed'),
    ...commonErrors,
  },
  async handle({ api, request, response, body }) {
    const actor = requestActor(request);
    const tokenId = `token-${randomUUID()}`;
    const { token, hash } = newToken('lt1', tokenId);
    const result = await api.execute(
      'createAccessToken',
      { tokenId, tokenHash: hash, ownerId: body.ownerId ?? actor.id, ...body },
      actor,
    );
    sendJson(response, 201, { token, result });
  },
});

const list = defineRoute({
  method: 'GET',
  path: '/api/v1/tokens',
  summary: 'Integration and wall tokens with scopes, owner, expiry and last use (never the tokens)',
  responses: { '200': { description: 'Tokens', ...json({ type: 'array' }) }, ...commonErrors },
  async handle({ api, request, response }) {
    const actor = requestActor(request);
    const store = kindStore(api.database);
    const workspace = await store.findOne('workspaces');
    const administrator = workspace ? administratorsOf(workspace).includes(actor.id) : false;
    if (actor.kind !== 'person')
      throw new HttpError(403, 'forbidden', 'Only a signed-in person may list tokens');
    const tokens = (await store.find('accessTokens')).filter(
      (token) => administrator || token.ownerId === actor.id,
    );
    sendJson(
      response,
      200,
      tokens.map((token) => ({
        ...withoutHash(token),
        lastUsedAt: api.access.tokens.lastUsedAt(token.id) ?? null,
      })),
    );
  },
});

const revoke = defineRoute({
  method: 'DELETE',
  path: '/api/v1/tokens/{id}',
  summary: 'Revoke a token (its owner or an administrator); every node refuses it once synced',
  parameters: [pathParam('id')],
  responses: { '200': { description: 'Revoked' }, '403': error('Not allowed'), ...commonErrors },
  async handle({ api, request, response, params }) {
    const result = await api.execute(
      'revokeAccessToken',
      { tokenId: params.id },
      requestActor(request),
    );
    sendJson(response, 200, { result });
  },
});

export const tokenRoutes = [create, list, revoke];
