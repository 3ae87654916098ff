import { z } from 'zod';
import { addTimelineEntryInput } from '../../../shared/commands/addTimelineEntry.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { ACTIVE_STATUSES } from '../../../shared/domain/incident.ts';
import { sendJson } from './jsonResponse.ts';
import { actorHeader as sharedActorHeader, commonErrors, json, pathParam } from './openApiParts.ts';
import { requestActor } from './requestActor.ts';
import { readJsonBody } from './requestBody.ts';
import { requireIncident } from './requireIncident.ts';
import { defineRoute } from './routeDefinition.ts';

export const timelineEntryBody = addTimelineEntryInput.omit({ incidentId: true });
const EXERCISE_FILTERS = ['include', 'exclude', 'only'] as const;
const incidentListQuery = z.object({
  status: z.enum(['active', 'all']).default('all'),
  exercises: z
    .enum(EXERCISE_FILTERS, { error: `exercises must be one of ${EXERCISE_FILTERS.join(', ')}` })
    .default('include'),
});

/** The store selector for a list query: by status, and with exercises kept, left out or alone. */
function incidentListSelector(query: z.infer<typeof incidentListQuery>): Record<string, unknown> {
  return {
    ...(query.status === 'active' ? { status: { $in: [...ACTIVE_STATUSES] } } : {}),
    ...(query.exercises === 'exclude' ? { exercise: false } : {}),
    ...(query.exercises === 'only' ? { exercise: true } : {}),
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const idParam = pathParam('id');
const actorHeader = sharedActorHeader('Person id to act as; otherwise the integration itself.');
const noIncident = { '404': { description: 'No such incident' } };

const listIncidents = defineRoute({
  method: 'GET',
  path: '/api/v1/incidents',
  summary: 'List incidents, newest first',
  parameters: [
    { name: 'status', in: 'query', schema: { enum: ['active', 'all'] } },
    {
      name: 'exercises',
      in: 'query',
      schema: { enum: [...EXERCISE_FILTERS], default: 'include' },
      description: 'include (default), exclude (real incidents only) or only (exercises only)',
    },
  ],
  responses: {
    '200': { description: 'Incidents', ...json({ type: 'array', items: ref('Incident') }) },
    ...commonErrors,
  },
  async handle({ api, response, url }) {
    const query = parseOrInvalid(incidentListQuery, Object.fromEntries(url.searchParams));
    const docs = await api.database.incidents
      .find({ selector: incidentListSelector(query), sort: [{ declaredAt: 'desc' }] })
      .exec();
    sendJson(
      response,
      200,
      docs.map((d) => d.toMutableJSON()),
    );
  },
});

const declare = defineRoute({
  method: 'POST',
  path: '/api/v1/incidents',
  summary: 'Declare an incident',
  parameters: [actorHeader],
  documentedBody: { required: true, schema: ref('DeclareIncident') },
  responses: { '201': { description: 'Declared', ...json(ref('Incident')) }, ...commonErrors },
  async handle({ api, request, response }) {
    const actor = requestActor(request);
    const incident = await api.execute('declareIncident', await readJsonBody(request), actor);
    sendJson(response, 201, incident);
  },
});

const oneIncident = defineRoute({
  method: 'GET',
  path: '/api/v1/incidents/{id}',
  summary: 'One incident',
  parameters: [idParam],
  responses: {
    '200': { description: 'The incident', ...json(ref('Incident')) },
    ...noIncident,
    ...commonErrors,
  },
  async handle({ api, response, params }) {
    sendJson(response, 200, (await requireIncident(api, params.id ?? '')).toMutableJSON());
  },
});

const timeline = defineRoute({
  method: 'GET',
  path: '/api/v1/incidents/{id}/timeline',
  summary: 'Timeline entries in hybrid-logical-clock order',
  parameters: [idParam],
  responses: {
    '200': { description: 'Entries', ...json({ type: 'array', items: ref('TimelineEntry') }) },
    ...noIncident,
    ...commonErrors,
  },
  async handle({ api, response, params }) {
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
  },
});

const addEntry = defineRoute({
  method: 'POST',
  path: '/api/v1/incidents/{id}/timeline',
  summary: 'Add a timeline entry',
  parameters: [idParam, actorHeader],
  documentedBody: { required: true, schema: ref('NewTimelineEntry') },
  responses: {
    '201': { description: 'Added', ...json(ref('TimelineEntry')) },
    ...noIncident,
    ...commonErrors,
  },
  async handle({ api, request, response, params }) {
    const actor = requestActor(request);
    const body = parseOrInvalid(timelineEntryBody, await readJsonBody(request));
    const entry = await api.execute('addTimelineEntry', { ...body, incidentId: params.id }, actor);
    sendJson(response, 201, entry);
  },
});

/** Incidents and their timelines, for monitoring and ticketing integrations. */
export const incidentRoutes = [listIncidents, declare, oneIncident, timeline, addEntry];
