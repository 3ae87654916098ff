import { z } from 'zod';
import {
  createAlertIntegrationInput,
  revokeAlertIntegrationInput,
} from '../../../shared/alerts/commands/alertIntegrations.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import {
  ALERT_SEVERITIES,
  ALERT_SOURCES,
  ALERT_STATUSES,
  alertShape,
} from '../../../shared/schema/alert.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sendJson } from '../http/jsonResponse.ts';
import { commonErrors, documentSchema, error, json, pathParam } from '../http/openApiParts.ts';
import { actorFromHeaders } from '../http/requestActor.ts';
import { defineRoute } from '../http/routeDefinition.ts';
import { takeAlertRequest } from './alertIntake.ts';

const createIntegration = defineRoute({
  method: 'POST',
  path: '/api/v1/integrations',
  summary: 'Create an alert integration for a monitoring tool; the answer carries its key, once',
  body: createAlertIntegrationInput,
  responses: {
    '201': { description: 'The integration: id and key (post alerts to /api/v1/alerts/{key})' },
    ...commonErrors,
  },
  async handle({ api, request, response, body }) {
    sendJson(
      response,
      201,
      await api.execute('createAlertIntegration', body, actorFromHeaders(request)),
    );
  },
});

const listIntegrations = defineRoute({
  method: 'GET',
  path: '/api/v1/integrations',
  summary: 'Alert integrations with their source, status and last-seen time (never the key)',
  responses: { '200': { description: 'Integrations' }, ...commonErrors },
  async handle({ api, response }) {
    const integrations = await kindStore(api.database).find('alertIntegrations', {});
    sendJson(
      response,
      200,
      integrations.map(({ keyHash: _hash, ...integration }) => integration),
    );
  },
});

const revokeIntegration = defineRoute({
  method: 'POST',
  path: '/api/v1/integrations/{id}/revoke',
  summary: 'Revoke an integration’s key: its requests are refused from then on',
  parameters: [pathParam('id')],
  body: revokeAlertIntegrationInput.omit({ integrationId: true }),
  responses: {
    '200': { description: 'The revoked integration' },
    ...commonErrors,
    '404': error('No such integration'),
  },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, integrationId: params.id };
    const { keyHash: _hash, ...revoked } = (await api.execute(
      'revokeAlertIntegration',
      input,
      actorFromHeaders(request),
    )) as { keyHash: string };
    sendJson(response, 200, revoked);
  },
});

const postAlerts = defineRoute({
  method: 'POST',
  path: '/api/v1/alerts/{key}',
  summary:
    'A monitoring tool posts its alerts here, in its own format; authenticated by the integration key in the path only',
  public: true,
  parameters: [pathParam('key')],
  documentedBody: {
    schema: { description: 'The tool’s own payload (docs/alerts.md)' },
    required: true,
  },
  responses: {
    '200': { description: 'Accepted: how many alerts, how many opened, their ids' },
    '400': error(
      'The payload could not be read: the field and the reason (kept in the dead-letter list)',
    ),
    '401': error('Unknown integration key'),
    '403': error('The integration was revoked'),
    '413': error('Body over 1 MiB'),
  },
  async handle({ api, request, response, params }) {
    sendJson(response, 200, await takeAlertRequest(api, request, params.key ?? ''));
  },
});

const alertQuery = z.strictObject({
  status: z.enum(ALERT_STATUSES).optional(),
  severity: z.enum(ALERT_SEVERITIES).optional(),
  source: z.enum(ALERT_SOURCES).optional(),
  service: z.string().max(256).optional(),
  integrationId: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

const listAlerts = defineRoute({
  method: 'GET',
  path: '/api/v1/alerts',
  summary:
    'Normalised alerts, newest first (by last event), filtered by status, severity, source, service',
  parameters: ['status', 'severity', 'source', 'service', 'integrationId', 'limit'].map((name) => ({
    name,
    in: 'query',
    required: false,
    schema: { type: name === 'limit' ? 'integer' : 'string' },
  })),
  responses: {
    '200': { description: 'Alerts', ...json({ type: 'array', items: documentSchema(alertShape) }) },
    ...commonErrors,
  },
  async handle({ api, response, url }) {
    const { limit, ...filters } = parseOrInvalid(alertQuery, Object.fromEntries(url.searchParams));
    const selector = { lastSeenAt: { $gt: '' }, ...filters };
    const alerts = await kindStore(api.database).find('alerts', {
      selector,
      sort: [{ lastSeenAt: 'desc' }],
      limit,
    });
    sendJson(response, 200, alerts);
  },
});

const listDeadLetters = defineRoute({
  method: 'GET',
  path: '/api/v1/integrations/{id}/dead-letters',
  summary: 'Requests an integration sent that could not be read, newest first',
  parameters: [pathParam('id')],
  responses: { '200': { description: 'Refused requests' }, ...commonErrors },
  async handle({ api, response, params }) {
    const letters = await kindStore(api.database).find('alertDeadLetters', {
      selector: { integrationId: params.id ?? '' },
      sort: [{ receivedAt: 'desc' }],
      limit: 200,
    });
    sendJson(response, 200, letters);
  },
});

/** Alert intake over HTTP: integrations (node token) and the tools' own intake URLs (their key). */
export const alertRoutes = [
  createIntegration,
  listIntegrations,
  revokeIntegration,
  postAlerts,
  listAlerts,
  listDeadLetters,
];
