import { z } from 'zod';
import { notFound } from '../../../shared/commands/errors.ts';
import { overrideOnCallFields } from '../../../shared/commands/overrideOnCall.ts';
import { setRotationLayersInput } from '../../../shared/commands/setRotationLayers.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { rotationFromDefinition } from '../../../shared/oncall/fromRotationDefinition.ts';
import { nextHandoff, whoIsOnCall } from '../../../shared/oncall/index.ts';
import type { ApiContext } from './apiContext.ts';
import { sendJson } from './jsonResponse.ts';
import { readJsonBody } from './requestBody.ts';
import { actorFromHeaders } from './requestActor.ts';
import type { Router } from './router.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export const overrideBody = overrideOnCallFields.omit({ rotationId: true });
export const layersBody = setRotationLayersInput.omit({ rotationId: true });
const onCallQuery = z.object({ at: z.iso.datetime({ offset: true }).optional() }).strict();

/** On-call rotations: who is on call at a time, and covering a rotation for a window. */
export function registerRotationRoutes(router: Router, api: ApiContext): void {
  router.add('GET', '/api/v1/rotations/{id}/on-call', async ({ response, params, url }) => {
    const query = parseOrInvalid(onCallQuery, Object.fromEntries(url.searchParams));
    const unit = await kindStore(api.database).get('organisation', params.id ?? '');
    if (!unit?.rotation) throw notFound('on-call rotation', params.id ?? '');
    const rotation = rotationFromDefinition({
      id: unit.id,
      name: unit.name,
      ...unit.rotation,
    });
    const at = query.at ? new Date(query.at) : new Date();
    const handoff = nextHandoff(rotation, at);
    sendJson(response, 200, {
      rotationId: unit.id,
      at: at.toISOString(),
      onCall: whoIsOnCall(rotation, at),
      nextHandoff: handoff && { ...handoff, at: handoff.at.toISOString() },
    });
  });

  router.add('POST', '/api/v1/rotations/{id}/overrides', async ({ request, response, params }) => {
    const actor = actorFromHeaders(request);
    const body = parseOrInvalid(overrideBody, await readJsonBody(request));
    const override = await api.execute('overrideOnCall', { ...body, rotationId: params.id }, actor);
    sendJson(response, 201, override);
  });

  router.add(
    'DELETE',
    '/api/v1/rotations/{id}/overrides/{overrideId}',
    async ({ request, response, params }) => {
      const actor = actorFromHeaders(request);
      const removed = await api.execute(
        'removeOnCallOverride',
        { rotationId: params.id ?? '', overrideId: params.overrideId ?? '' },
        actor,
      );
      sendJson(response, 200, removed);
    },
  );

  router.add('PUT', '/api/v1/rotations/{id}/layers', async ({ request, response, params }) => {
    const actor = actorFromHeaders(request);
    const body = parseOrInvalid(layersBody, await readJsonBody(request));
    const unit = await api.execute('setRotationLayers', { ...body, rotationId: params.id }, actor);
    sendJson(response, 200, unit);
  });
}

export const rotationOpenApiPaths = {
  '/api/v1/rotations/{id}/on-call': {
    get: {
      summary:
        'Who is on call for a rotation now (or at ?at=), overrides included, and the next handoff',
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        {
          name: 'at',
          in: 'query',
          required: false,
          schema: { type: 'string', format: 'date-time' },
        },
      ],
      responses: { '200': { description: 'On call' }, '404': { description: 'No such rotation' } },
    },
  },
  '/api/v1/rotations/{id}/overrides': {
    post: {
      summary: 'Cover a rotation for a window (swap, sickness, holiday)',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: z.toJSONSchema(overrideBody, { io: 'input' }) } },
      },
      responses: {
        '201': { description: 'The override' },
        '400': { description: 'Invalid input' },
        '404': { description: 'No such rotation or person' },
      },
    },
  },
  '/api/v1/rotations/{id}/overrides/{overrideId}': {
    delete: {
      summary: 'Remove a cover: the regular turn applies again for its window',
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'overrideId', in: 'path', required: true, schema: { type: 'string' } },
      ],
      responses: {
        '200': { description: 'The removed override' },
        '404': { description: 'No such rotation or cover' },
      },
    },
  },
  '/api/v1/rotations/{id}/layers': {
    put: {
      summary:
        "Replace the layers above a rotation's base layer (bottom to top; a higher layer wins where it covers the moment)",
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: z.toJSONSchema(layersBody, { io: 'input' }) } },
      },
      responses: {
        '200': { description: 'The rotation' },
        '400': { description: 'Invalid layers (time zone, participants, restrictions)' },
        '404': { description: 'No such rotation' },
      },
    },
  },
};
