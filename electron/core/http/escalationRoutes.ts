import { startEscalationInput } from '../../../shared/commands/startEscalation.ts';
import { escalationShape } from '../../../shared/schema/escalation.ts';
import { sendJson } from './jsonResponse.ts';
import { actorHeader, documentSchema, error, json, pathParam } from './openApiParts.ts';
import { requestActor } from './requestActor.ts';
import { requireIncident } from './requireIncident.ts';
import { defineRoute } from './routeDefinition.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

const startBody = startEscalationInput.omit({ incidentId: true });
const idParam = pathParam('id');
const actor = actorHeader('Person id to act as; otherwise the integration actor "api"');
const escalationDocument = documentSchema(escalationShape);

const listEscalations = defineRoute({
  method: 'GET',
  path: '/api/v1/incidents/{id}/escalations',
  summary: "An incident's escalations, oldest first",
  parameters: [idParam],
  responses: {
    '200': { description: 'Escalations', ...json({ type: 'array', items: escalationDocument }) },
    '404': error('No such incident'),
  },
  async handle({ api, response, params }) {
    const incidentId = params.id ?? '';
    await requireIncident(api, incidentId);
    const docs = await kindStore(api.database).find('escalations', { selector: { incidentId } });
    const escalations = docs.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    sendJson(response, 200, escalations);
  },
});

const startEscalation = defineRoute({
  method: 'POST',
  path: '/api/v1/incidents/{id}/escalations',
  summary: 'Start escalating: pages level 1 now (policy chosen by services and severity)',
  parameters: [idParam, actor],
  body: startBody,
  bodyRequired: false,
  responses: {
    '201': { description: 'Started', ...json(escalationDocument) },
    '400': error('Invalid input'),
    '404': error('No such incident, or no escalation policy covers it'),
    '409': error('Already escalating, or the incident is over'),
  },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, incidentId: params.id };
    const result = (await api.execute('startEscalation', input, requestActor(request))) as {
      escalation: unknown;
    };
    sendJson(response, 201, result.escalation);
  },
});

const acknowledge = defineRoute({
  method: 'POST',
  path: '/api/v1/escalations/{id}/acknowledge',
  summary: 'Acknowledge a page as a paged person or the Incident Commander; paging stops',
  parameters: [idParam, actor],
  responses: {
    '200': { description: 'Acknowledged', ...json(escalationDocument) },
    '403': error('Not paged by this escalation, or not a person'),
    '404': error('No such escalation'),
    '409': error('Already acknowledged, exhausted or stopped'),
  },
  async handle({ api, request, response, params }) {
    const input = { escalationId: params.id };
    const result = (await api.execute('acknowledgePage', input, requestActor(request))) as {
      escalation: unknown;
    };
    sendJson(response, 200, result.escalation);
  },
});

/** Escalations over HTTP: start one, list an incident's, acknowledge a page. Each write is a command. */
export const escalationRoutes = [listEscalations, startEscalation, acknowledge];
