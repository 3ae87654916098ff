import { documentSchema } from './openApiParts.ts';
import { z } from 'zod';
import { startEscalationInput } from '../../../shared/commands/startEscalation.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { escalationShape } from '../../../shared/schema/escalation.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import type { ApiContext } from './apiContext.ts';
import { sendJson } from './jsonResponse.ts';
import { actorFromHeaders } from './requestActor.ts';
import { readJsonBody } from './requestBody.ts';
import { requireIncident } from './requireIncident.ts';
import type { Router } from './router.ts';

const startBody = startEscalationInput.omit({ incidentId: true });

/** Escalations over HTTP: start one, list an incident's, acknowledge a page. Each write is a command. */
export function registerEscalationRoutes(router: Router, api: ApiContext): void {
  router.add('GET', '/api/v1/incidents/{id}/escalations', async ({ response, params }) => {
    const incidentId = params.id ?? '';
    await requireIncident(api, incidentId);
    const escalations = await kindStore(api.database).find('escalations', {
      selector: { incidentId },
      sort: [{ startedAt: 'asc' }],
    });
    sendJson(response, 200, escalations);
  });

  router.add(
    'POST',
    '/api/v1/incidents/{id}/escalations',
    async ({ request, response, params }) => {
      const body = parseOrInvalid(startBody, await readJsonBody(request));
      const input = { ...body, incidentId: params.id };
      const result = (await api.execute('startEscalation', input, actorFromHeaders(request))) as {
        escalation: unknown;
      };
      sendJson(response, 201, result.escalation);
    },
  );

  router.add(
    'POST',
    '/api/v1/escalations/{id}/acknowledge',
    async ({ request, response, params }) => {
      const input = { escalationId: params.id };
      const result = (await api.execute('acknowledgePage', input, actorFromHeaders(request))) as {
        escalation: unknown;
      };
      sendJson(response, 200, result.escalation);
    },
  );
}

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({
  description,
  ...json({ $ref: '#/components/schemas/Error' }),
});
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const actorHeader = {
  name: 'X-Lantern-Actor',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description: 'Person id to act as; otherwise the integration actor "api"',
};
const escalationDocument = documentSchema(escalationShape);

/** OpenAPI paths for the escalation endpoints, merged into the node's document by openApi.ts. */
export const escalationOpenApiPaths = {
  '/api/v1/incidents/{id}/escalations': {
    get: {
      summary: "An incident's escalations, oldest first",
      parameters: [idParam],
      responses: {
        '200': {
          description: 'Escalations',
          ...json({ type: 'array', items: escalationDocument }),
        },
        '404': error('No such incident'),
      },
    },
    post: {
      summary: 'Start escalating: pages level 1 now (policy chosen by services and severity)',
      parameters: [idParam, actorHeader],
      requestBody: { required: false, ...json(z.toJSONSchema(startBody, { io: 'input' })) },
      responses: {
        '201': { description: 'Started', ...json(escalationDocument) },
        '400': error('Invalid input'),
        '404': error('No such incident, or no escalation policy covers it'),
        '409': error('Already escalating, or the incident is over'),
      },
    },
  },
  '/api/v1/escalations/{id}/acknowledge': {
    post: {
      summary: 'Acknowledge a page as a paged person or the Incident Commander; paging stops',
      parameters: [idParam, actorHeader],
      responses: {
        '200': { description: 'Acknowledged', ...json(escalationDocument) },
        '403': error('Not paged by this escalation, or not a person'),
        '404': error('No such escalation'),
        '409': error('Already acknowledged, exhausted or stopped'),
      },
    },
  },
};
