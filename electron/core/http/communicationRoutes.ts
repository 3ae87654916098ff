import { z } from 'zod';
import {
  draftCommunicationInput,
  renderForIncident,
} from '../../../shared/commands/draftCommunication.ts';
import { editCommunicationInput } from '../../../shared/commands/editCommunication.ts';
import { overrideCommunicationApprovalInput } from '../../../shared/commands/overrideCommunicationApproval.ts';
import { resolveDeliveryInput } from '../../../shared/commands/resolveDelivery.ts';
import { reviewCommunicationFields } from '../../../shared/commands/reviewCommunication.ts';
import { setCommunicationCadenceInput } from '../../../shared/commands/setCommunicationCadence.ts';
import { communicationShape } from '../../../shared/schema/communication.ts';
import { communicationLogShape } from '../../../shared/schema/communicationLog.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import {
  adoptedAudiences,
  adoptedTemplates,
  approvalPolicyFor,
  cadencePolicyOrUndefined,
  requireAudience,
} from '../../../shared/communications/communicationReads.ts';
import { audienceRecipients } from '../../../shared/communications/recipients.ts';
import { databaseReads } from '../commands/databaseReads.ts';
import type { ApiContext } from './apiContext.ts';
import { actorHeader, documentSchema, error, json, pathParam } from './openApiParts.ts';
import { defineRoute } from './routeDefinition.ts';
import { communicationLogCsv } from '../../../shared/communications/logExport.ts';
import { sendJson } from './jsonResponse.ts';
import { requestActor } from './requestActor.ts';
import { requireIncident } from './requireIncident.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

/** Request bodies: each command's input without the ids the path carries. */
export const communicationBodies = {
  draft: draftCommunicationInput.omit({ incidentId: true }),
  preview: draftCommunicationInput.pick({ audienceId: true, templateId: true }),
  edit: editCommunicationInput.omit({ messageId: true }),
  review: reviewCommunicationFields.omit({ messageId: true }),
  override: overrideCommunicationApprovalInput.omit({ messageId: true }),
  cadence: setCommunicationCadenceInput.pick({ everyMinutes: true }),
  resolve: resolveDeliveryInput.omit({ messageId: true }),
};
export const logQuery = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();

export const communicationErrors = {
  '400': error('Invalid input: the field and the reason'),
  '401': error('Missing or wrong bearer token'),
  '403': error(
    'Not allowed: only the Communications Lead (or the matrix’s fallback) sends external statements; only Legal/PR review',
  ),
  '404': error('No such incident or message'),
  '409': error(
    'Conflicts with the message’s state: not approved, content changed since approval, already sent',
  ),
};
export const communicationActor = actorHeader(
  'Person id to act as; authority and approver roles are checked for this person',
);
export const communication = json(documentSchema(communicationShape));
const idParam = pathParam('id');

async function incidentCommunications(api: ApiContext, incidentId: string) {
  const docs = await kindStore(api.database).find('communications', {
    selector: { incidentId },
    sort: [{ incidentId: 'asc' }, { createdAt: 'asc' }],
  });
  const all = docs;
  return {
    messages: all.filter((d) => d.kind === 'message'),
    cadences: all.filter((d) => d.kind === 'cadence'),
  };
}

const config = defineRoute({
  method: 'GET',
  path: '/api/v1/communications/config',
  summary:
    'Adopted audiences, templates, cadence policy and which approval policy covers each audience',
  responses: {
    '200': { description: 'Communications configuration (no channel secrets)' },
    ...communicationErrors,
  },
  async handle({ api, response }) {
    const reads = databaseReads(api.database);
    const audiences = await adoptedAudiences(reads);
    const approvals = await Promise.all(
      audiences.map(async (a) => [a.id, (await approvalPolicyFor(reads, a))?.id ?? null]),
    );
    sendJson(response, 200, {
      audiences,
      templates: await adoptedTemplates(reads),
      cadencePolicy: (await cadencePolicyOrUndefined(reads)) ?? null,
      approvalPolicyByAudience: Object.fromEntries(approvals),
    });
  },
});

const incidentMessages = defineRoute({
  method: 'GET',
  path: '/api/v1/incidents/{id}/communications',
  summary: 'An incident’s messages (with approval and per-recipient delivery state) and cadences',
  parameters: [idParam],
  responses: {
    '200': {
      description: 'Messages and cadences',
      ...json({
        type: 'object',
        properties: {
          messages: { type: 'array', items: documentSchema(communicationShape) },
          cadences: { type: 'array', items: documentSchema(communicationShape) },
        },
      }),
    },
    ...communicationErrors,
  },
  async handle({ api, response, params }) {
    const incident = await requireIncident(api, params.id ?? '');
    sendJson(response, 200, await incidentCommunications(api, incident.id));
  },
});

const draft = defineRoute({
  method: 'POST',
  path: '/api/v1/incidents/{id}/communications',
  summary:
    'Draft an update for an audience from a template (filled from the incident) or by hand; anyone may draft',
  parameters: [idParam, communicationActor],
  body: communicationBodies.draft,
  responses: { '201': { description: 'The draft', ...communication }, ...communicationErrors },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, incidentId: params.id };
    sendJson(response, 201, await api.execute('draftCommunication', input, requestActor(request)));
  },
});

const preview = defineRoute({
  method: 'POST',
  path: '/api/v1/incidents/{id}/communications/preview',
  summary: 'Preview a template filled from the incident, and who would receive it; stores nothing',
  parameters: [idParam],
  body: communicationBodies.preview,
  responses: { '200': { description: 'Subject, body, recipients' }, ...communicationErrors },
  async handle({ api, response, params, body }) {
    const incident = (await requireIncident(api, params.id ?? '')).toMutableJSON();
    const reads = databaseReads(api.database);
    const audience = await requireAudience(reads, body.audienceId);
    const rendered = await renderForIncident(reads, incident, body, { now: new Date() });
    const recipients = audienceRecipients(audience, await reads.find('people', {}));
    sendJson(response, 200, {
      ...rendered,
      audienceId: audience.id,
      external: audience.external,
      recipients,
    });
  },
});

const log = defineRoute({
  method: 'GET',
  path: '/api/v1/incidents/{id}/communications/log',
  summary:
    'Export the append-only communications record: every draft, review, send and delivery result',
  parameters: [idParam, { name: 'format', in: 'query', schema: { enum: ['json', 'csv'] } }],
  responses: {
    '200': {
      description: 'Log entries in clock order',
      content: {
        'application/json': {
          schema: { type: 'array', items: documentSchema(communicationLogShape) },
        },
        'text/csv': { schema: { type: 'string' } },
      },
    },
    ...communicationErrors,
  },
  async handle({ api, response, params, url }) {
    const query = parseOrInvalid(logQuery, Object.fromEntries(url.searchParams));
    const incident = await requireIncident(api, params.id ?? '');
    const entries = (
      await api.database.communicationLog
        .find({
          selector: { incidentId: incident.id },
          sort: [{ incidentId: 'asc' }, { hlc: 'asc' }],
        })
        .exec()
    ).map((e) => e.toMutableJSON());
    if (query.format === 'json') return sendJson(response, 200, entries);
    response.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${incident.reference}-communications.csv"`,
      'cache-control': 'no-store',
    });
    response.end(communicationLogCsv(entries));
  },
});

const cadence = defineRoute({
  method: 'PUT',
  path: '/api/v1/incidents/{id}/communications/cadences/{audienceId}',
  summary:
    'Change (or, with null, stop) how often an audience gets updates; Communications Lead or fallback',
  parameters: [idParam, pathParam('audienceId'), communicationActor],
  body: communicationBodies.cadence,
  responses: { '200': { description: 'The cadence', ...communication }, ...communicationErrors },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, incidentId: params.id, audienceId: params.audienceId };
    sendJson(
      response,
      200,
      await api.execute('setCommunicationCadence', input, requestActor(request)),
    );
  },
});

/** Stakeholder communications over HTTP: drafts, approvals, sending, cadences and the exportable log. */
export const communicationRoutes = [config, incidentMessages, draft, preview, log, cadence];
