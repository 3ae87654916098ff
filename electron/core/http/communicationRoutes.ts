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
import { notFound } from '../../../shared/commands/errors.ts';
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
import { communicationLogCsv } from '../../../shared/communications/logExport.ts';
import { sendJson } from './jsonResponse.ts';
import { readJsonBody } from './requestBody.ts';
import { actorFromHeaders } from './requestActor.ts';
import { requireIncident } from './requireIncident.ts';
import type { RouteRequest, Router } from './router.ts';
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

function messageCommand(api: ApiContext, command: string, body: z.ZodType | undefined) {
  return async ({ request, response, params }: RouteRequest) => {
    const input = body ? parseOrInvalid(body, await readJsonBody(request)) : {};
    const result = await api.execute(
      command,
      { ...(input as object), messageId: params.id ?? '' },
      actorFromHeaders(request),
    );
    sendJson(response, 200, result);
  };
}

async function incidentCommunications(api: ApiContext, incidentId: string) {
  const all = await kindStore(api.database).find('communications', {
    selector: { incidentId },
    sort: [{ incidentId: 'asc' }, { createdAt: 'asc' }],
  });
  return {
    messages: all.filter((d) => d.kind === 'message'),
    cadences: all.filter((d) => d.kind === 'cadence'),
  };
}

/** Stakeholder communications over HTTP: drafts, approvals, sending, cadences and the exportable log. */
export function registerCommunicationRoutes(router: Router, api: ApiContext): void {
  router.add('GET', '/api/v1/communications/config', async ({ response }) => {
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
  });

  router.add('GET', '/api/v1/incidents/{id}/communications', async ({ response, params }) => {
    const incident = await requireIncident(api, params.id ?? '');
    sendJson(response, 200, await incidentCommunications(api, incident.id));
  });

  router.add(
    'POST',
    '/api/v1/incidents/{id}/communications',
    async ({ request, response, params }) => {
      const body = parseOrInvalid(communicationBodies.draft, await readJsonBody(request));
      const result = await api.execute(
        'draftCommunication',
        { ...body, incidentId: params.id },
        actorFromHeaders(request),
      );
      sendJson(response, 201, result);
    },
  );

  router.add(
    'POST',
    '/api/v1/incidents/{id}/communications/preview',
    async ({ request, response, params }) => {
      const body = parseOrInvalid(communicationBodies.preview, await readJsonBody(request));
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
  );

  router.add(
    'GET',
    '/api/v1/incidents/{id}/communications/log',
    async ({ response, params, url }) => {
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
      const csv = communicationLogCsv(entries);
      response.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${incident.reference}-communications.csv"`,
        'cache-control': 'no-store',
      });
      response.end(csv);
    },
  );

  router.add(
    'PUT',
    '/api/v1/incidents/{id}/communications/cadences/{audienceId}',
    async ({ request, response, params }) => {
      const body = parseOrInvalid(communicationBodies.cadence, await readJsonBody(request));
      const input = { ...body, incidentId: params.id, audienceId: params.audienceId };
      sendJson(
        response,
        200,
        await api.execute('setCommunicationCadence', input, actorFromHeaders(request)),
      );
    },
  );

  router.add('GET', '/api/v1/communications/{id}', async ({ response, params }) => {
    const doc = await kindStore(api.database).get('communications', params.id ?? '');
    if (doc?.kind !== 'message') throw notFound('communication', params.id ?? '');
    sendJson(response, 200, doc);
  });
  router.add(
    'PUT',
    '/api/v1/communications/{id}',
    messageCommand(api, 'editCommunication', communicationBodies.edit),
  );
  router.add(
    'POST',
    '/api/v1/communications/{id}/approval-request',
    messageCommand(api, 'requestCommunicationApproval', undefined),
  );
  router.add(
    'POST',
    '/api/v1/communications/{id}/reviews',
    messageCommand(api, 'reviewCommunication', communicationBodies.review),
  );
  router.add(
    'POST',
    '/api/v1/communications/{id}/override',
    messageCommand(api, 'overrideCommunicationApproval', communicationBodies.override),
  );
  router.add(
    'POST',
    '/api/v1/communications/{id}/send',
    messageCommand(api, 'sendCommunication', undefined),
  );
  router.add(
    'POST',
    '/api/v1/communications/{id}/deliveries/resolve',
    messageCommand(api, 'resolveDelivery', communicationBodies.resolve),
  );
}
