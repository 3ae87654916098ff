import { z } from 'zod';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { awarenessId, obligationsFor } from '../../../shared/compliance/obligations.ts';
import type { IncidentDoc } from '../../../shared/schema/incident.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sendJson } from '../http/jsonResponse.ts';
import { commonErrors, pathParam } from '../http/openApiParts.ts';
import { requireIncident } from '../http/requireIncident.ts';
import { defineRoute } from '../http/routeDefinition.ts';

function isZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const obligationsQuery = z.strictObject({
  zone: z
    .string()
    .max(64)
    .refine(isZone, { error: 'zone must be an IANA time zone such as UTC or Europe/Berlin' })
    .default('UTC'),
  /** The moment the clocks are read at (default now): what was due when. */
  at: z.iso.datetime({ offset: true, error: 'at must be an ISO date and time' }).optional(),
});

const incidentObligations = defineRoute({
  method: 'GET',
  path: '/api/v1/incidents/{id}/obligations',
  summary:
    'The regulatory obligations the incident’s classification brings (docs/compliance.md): each with its citation, deadline (UTC and in the asked zone), time left and state (due, overdue, met, waiting)',
  parameters: [
    pathParam('id'),
    { name: 'zone', in: 'query', required: false, schema: { type: 'string' } },
    { name: 'at', in: 'query', required: false, schema: { type: 'string' } },
  ],
  responses: {
    '200': { description: 'The incident’s obligations, nearest rule first as listed' },
    '404': { description: 'No such incident' },
    ...commonErrors,
  },
  async handle({ api, response, params, url }) {
    const query = parseOrInvalid(obligationsQuery, Object.fromEntries(url.searchParams));
    const incident = (await requireIncident(api, params.id ?? '')).toMutableJSON() as IncidentDoc;
    const store = kindStore(api.database);
    const [filings, corrected] = await Promise.all([
      store.find('obligationFilings', { selector: { incidentId: incident.id } }),
      store.get('incidentAwareness', awarenessId(incident.id)),
    ]);
    const now = query.at ? new Date(query.at) : new Date();
    sendJson(response, 200, {
      incidentId: incident.id,
      reference: incident.reference,
      exercise: incident.exercise,
      zone: query.zone,
      at: now.toISOString(),
      awareness: corrected?.awareness ?? { at: incident.declaredAt },
      obligations: obligationsFor(incident, filings, now, query.zone, corrected),
    });
  },
});

export const obligationRoutes = [incidentObligations];
