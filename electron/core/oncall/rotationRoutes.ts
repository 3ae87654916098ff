import { z } from 'zod';
import { notFound } from '../../../shared/commands/errors.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { rotationFromDefinition } from '../../../shared/oncall/fromRotationDefinition.ts';
import { overrideOnCallFields } from '../../../shared/oncall/overrideOnCall.ts';
import { setRotationLayersInput } from '../../../shared/oncall/setRotationLayers.ts';
import { nextHandoff, whoIsOnCall } from '../../../shared/oncall/index.ts';
import { pathParam } from '../http/openApiParts.ts';
import { sendJson } from '../http/jsonResponse.ts';
import { requestActor } from '../http/requestActor.ts';
import { defineRoute } from '../http/routeDefinition.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export const overrideBody = overrideOnCallFields.omit({ rotationId: true });
export const layersBody = setRotationLayersInput.omit({ rotationId: true });
const onCallQuery = z.object({ at: z.iso.datetime({ offset: true }).optional() }).strict();
const rotationId = pathParam('id');

/** Who is on call at a time (now by default), and when the next handoff is. */
const onCall = defineRoute({
  method: 'GET',
  path: '/api/v1/rotations/{id}/on-call',
  summary:
    'Who is on call for a rotation now (or at ?at=), overrides included, and the next handoff',
  parameters: [
    rotationId,
    { name: 'at', in: 'query', required: false, schema: { type: 'string', format: 'date-time' } },
  ],
  responses: { '200': { description: 'On call' }, '404': { description: 'No such rotation' } },
  async handle({ api, response, params, url }) {
    const query = parseOrInvalid(onCallQuery, Object.fromEntries(url.searchParams));
    const unit = await kindStore(api.database).get('organisation', params.id ?? '');
    if (!unit?.rotation) throw notFound('on-call rotation', params.id ?? '');
    const rotation = rotationFromDefinition({ id: unit.id, name: unit.name, ...unit.rotation });
    const at = query.at ? new Date(query.at) : new Date();
    const handoff = nextHandoff(rotation, at);
    sendJson(response, 200, {
      rotationId: unit.id,
      at: at.toISOString(),
      onCall: whoIsOnCall(rotation, at),
      nextHandoff: handoff && { ...handoff, at: handoff.at.toISOString() },
    });
  },
});

const addCover = defineRoute({
  method: 'POST',
  path: '/api/v1/rotations/{id}/overrides',
  summary: 'Cover a rotation for a window (swap, sickness, holiday)',
  parameters: [rotationId],
  body: overrideBody,
  responses: {
    '201': { description: 'The override' },
    '400': { description: 'Invalid input' },
    '404': { description: 'No such rotation or person' },
  },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, rotationId: params.id };
    sendJson(response, 201, await api.execute('overrideOnCall', input, requestActor(request)));
  },
});

const removeCover = defineRoute({
  method: 'DELETE',
  path: '/api/v1/rotations/{id}/overrides/{overrideId}',
  summary: 'Remove a cover: the regular turn applies again for its window',
  parameters: [rotationId, pathParam('overrideId')],
  responses: {
    '200': { description: 'The removed override' },
    '404': { description: 'No such rotation or cover' },
  },
  async handle({ api, request, response, params }) {
    const input = { rotationId: params.id ?? '', overrideId: params.overrideId ?? '' };
    const removed = await api.execute('removeOnCallOverride', input, requestActor(request));
    sendJson(response, 200, removed);
  },
});

const replaceLayers = defineRoute({
  method: 'PUT',
  path: '/api/v1/rotations/{id}/layers',
  summary:
    "Replace the layers above a rotation's base layer (bottom to top; a higher layer wins where it covers the moment)",
  parameters: [rotationId],
  body: layersBody,
  responses: {
    '200': { description: 'The rotation' },
    '400': { description: 'Invalid layers (time zone, participants, restrictions)' },
    '404': { description: 'No such rotation' },
  },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, rotationId: params.id };
    sendJson(response, 200, await api.execute('setRotationLayers', input, requestActor(request)));
  },
});

/** On-call rotations over HTTP: who is on call, covers, layers. Writes are commands. */
export const rotationRoutes = [onCall, addCover, removeCover, replaceLayers];
