import { z } from 'zod';
import { addTimelineEntryInput } from '../../../shared/commands/addTimelineEntry.ts';
import { CommandError } from '../../../shared/commands/errors.ts';
import { isCommandName } from '../../../shared/commands/registry.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { ACTIVE_STATUSES } from '../../../shared/domain/incident.ts';
import type { ApiContext } from './apiContext.ts';
import { registerCommunicationRoutes } from './communicationRoutes.ts';
import { registerEscalationRoutes } from './escalationRoutes.ts';
import { registerExerciseRoutes } from './exerciseRoutes.ts';
import { registerHandoffRoutes } from './handoffRoutes.ts';
import { registerRotationRoutes } from './rotationRoutes.ts';
import { registerSyncRoutes } from './syncRoutes.ts';
import { registerIncidentCommandRoutes } from './incidentCommandRoutes.ts';
import { readJsonBody } from './requestBody.ts';
import { requireIncident } from './requireIncident.ts';
import { sendJson } from './jsonResponse.ts';
import { actorFromHeaders, commandRequestBody } from './requestActor.ts';
import type { Router } from './router.ts';
import { buildOpenApiDocument } from './openApi.ts';

export const timelineEntryBody = addTimelineEntryInput.omit({ incidentId: true });
const incidentListQuery = z.object({ status: z.enum(['active', 'all']).default('all') });

/** HTTP API v1: the same commands the UI sends, for monitoring and ticketing systems. */
export function registerApiRoutes(router: Router, api: ApiContext): void {
  registerEscalationRoutes(router, api);
  registerRotationRoutes(router, api);
  registerSyncRoutes(router, api);
  registerIncidentCommandRoutes(router, api);
  registerCommunicationRoutes(router, api);
  registerExerciseRoutes(router, api);
  registerHandoffRoutes(router, api);
  router.add('GET', '/api/v1/health', async ({ response }) => sendJson(response, 200, api.info()), {
    public: true,
  });
  router.add('GET', '/api/v1/openapi.json', async ({ response }) =>
    sendJson(response, 200, buildOpenApiDocument(api.info().version)),
  );

  router.add('POST', '/api/v1/incidents', async ({ request, response }) => {
    const actor = actorFromHeaders(request);
    const incident = await api.execute('declareIncident', await readJsonBody(request), actor);
    sendJson(response, 201, incident);
  });

  router.add('GET', '/api/v1/incidents', async ({ response, url }) => {
    const query = parseOrInvalid(incidentListQuery, Object.fromEntries(url.searchParams));
    const selector = query.status === 'active' ? { status: { $in: [...ACTIVE_STATUSES] } } : {};
    const docs = await api.database.incidents
      .find({ selector, sort: [{ declaredAt: 'desc' }] })
      .exec();
    sendJson(
      response,
      200,
      docs.map((d) => d.toMutableJSON()),
    );
  });

  router.add('GET', '/api/v1/incidents/{id}', async ({ response, params }) => {
    sendJson(response, 200, (await requireIncident(api, params.id ?? '')).toMutableJSON());
  });

  router.add('POST', '/api/v1/incidents/{id}/timeline', async ({ request, response, params }) => {
    const actor = actorFromHeaders(request);
    const body = parseOrInvalid(timelineEntryBody, await readJsonBody(request));
    const entry = await api.execute('addTimelineEntry', { ...body, incidentId: params.id }, actor);
    sendJson(response, 201, entry);
  });

  router.add('GET', '/api/v1/incidents/{id}/timeline', async ({ response, params }) => {
    const incident = await requireIncident(api, params.id ?? '');
    const entries = await api.database.timeline
      .find({
        selector: { incidentId: incident.id },
        sort: [{ incidentId: 'asc' }, { hlc: 'asc' }],
      })
      .exec();
    sendJson(
      response,
      200,
      entries.map((e) => e.toMutableJSON()),
    );
  });

  router.add('POST', '/api/v1/commands/{name}', async ({ request, response, params }) => {
    if (!isCommandName(params.name ?? ''))
      throw new CommandError('unknown-command', `There is no command called "${params.name}"`);
    const body = parseOrInvalid(commandRequestBody, await readJsonBody(request));
    const actor = body.actor ?? actorFromHeaders(request);
    const result = await api.execute(params.name ?? '', body.input, actor);
    sendJson(response, 200, { result });
  });

  router.add('POST', '/api/v1/workspace/demo', async ({ request, response }) => {
    const result = await api.seedDemo(actorFromHeaders(request));
    sendJson(response, 200, { result });
  });
}
