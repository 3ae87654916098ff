import type { ServerResponse } from 'node:http';
import type { z } from 'zod';
import { acknowledgeHandoffBriefInput } from '../../../shared/commands/acknowledgeHandoffBrief.ts';
import { draftHandoffBriefInput } from '../../../shared/commands/draftHandoffBrief.ts';
import { notFound } from '../../../shared/commands/errors.ts';
import { saveHandoffBriefInput } from '../../../shared/commands/saveHandoffBrief.ts';
import { withdrawHandoffBriefInput } from '../../../shared/commands/withdrawHandoffBrief.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { briefFileName, briefMarkdown } from '../../../shared/handoffs/briefDocument.ts';
import { commanderOf } from '../../../shared/handoffs/briefCommandSupport.ts';
import { currentShiftOf } from '../../../shared/handoffs/leadShift.ts';
import { rotationsFromUnits } from '../../../shared/handoffs/briefSources.ts';
import type { HandoffDoc } from '../../../shared/schema/handoff.ts';
import { renderBriefPdf } from '../handoffs/briefPdf.ts';
import type { ApiContext } from './apiContext.ts';
import { sendJson } from './jsonResponse.ts';
import { actorFromHeaders } from './requestActor.ts';
import { readJsonBody } from './requestBody.ts';
import { requireIncident } from './requireIncident.ts';
import type { Router } from './router.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export const draftBody = draftHandoffBriefInput.omit({ incidentId: true });
export const saveBody = saveHandoffBriefInput.omit({ briefId: true });
export const acknowledgeBody = acknowledgeHandoffBriefInput.omit({ briefId: true });
export const withdrawBody = withdrawHandoffBriefInput.omit({ briefId: true });

async function requireBriefDoc(api: ApiContext, id: string): Promise<HandoffDoc> {
  const brief = await kindStore(api.database).get('handoffs', id);
  if (!brief) throw notFound('handoff brief', id);
  return brief;
}

async function namesOf(api: ApiContext): Promise<(personId: string) => string> {
  const people = await kindStore(api.database).find('people');
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  return (personId) => names.get(personId) ?? (personId || 'not chosen');
}

function sendFile(response: ServerResponse, type: string, name: string, body: Uint8Array | string) {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  response.writeHead(200, {
    'content-type': type,
    'content-length': bytes.length,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(bytes);
}

/** The commander's shift and the incident's latest brief: what the wall's handoff panel shows. */
async function handoffStatus(api: ApiContext, incidentId: string) {
  const incident = (await requireIncident(api, incidentId)).toMutableJSON();
  const commanderId = commanderOf(incident);
  const store = kindStore(api.database);
  const units = await store.find('organisation', { selector: { kind: 'rotation' } });
  const rotations = rotationsFromUnits(units);
  const shift = commanderId ? currentShiftOf(rotations, commanderId, new Date()) : undefined;
  const briefs = await store.find('handoffs', { selector: { incidentId } });
  const latest = briefs.sort((a, b) => a.number - b.number).at(-1);
  return {
    incidentId,
    commanderId: commanderId ?? null,
    shift: shift ?? null,
    latestBrief: latest ?? null,
  };
}

/** Shift handoffs over HTTP: briefs, the two-step handover, and the exports. Writes are commands. */
export function registerHandoffRoutes(router: Router, api: ApiContext): void {
  router.add('GET', '/api/v1/incidents/{id}/handoffs', async ({ response, params }) => {
    const incident = await requireIncident(api, params.id ?? '');
    const briefs = await kindStore(api.database).find('handoffs', {
      selector: { incidentId: incident.id },
    });
    const history = briefs.sort((a, b) => a.number - b.number);
    sendJson(response, 200, history);
  });

  router.add('POST', '/api/v1/incidents/{id}/handoffs', async ({ request, response, params }) => {
    const body = parseOrInvalid(draftBody, await readJsonBody(request));
    const input = { ...body, incidentId: params.id };
    sendJson(
      response,
      201,
      await api.execute('draftHandoffBrief', input, actorFromHeaders(request)),
    );
  });

  router.add('GET', '/api/v1/incidents/{id}/handoff-status', async ({ response, params }) => {
    sendJson(response, 200, await handoffStatus(api, params.id ?? ''));
  });

  router.add('GET', '/api/v1/handoffs/{id}', async ({ response, params }) => {
    sendJson(response, 200, await requireBriefDoc(api, params.id ?? ''));
  });

  router.add('PATCH', '/api/v1/handoffs/{id}', async ({ request, response, params }) => {
    const body = parseOrInvalid(saveBody, await readJsonBody(request));
    const input = { ...body, briefId: params.id };
    sendJson(
      response,
      200,
      await api.execute('saveHandoffBrief', input, actorFromHeaders(request)),
    );
  });

  const step = (path: string, command: string, body?: z.ZodType<Record<string, unknown>>) =>
    router.add('POST', `/api/v1/handoffs/{id}/${path}`, async ({ request, response, params }) => {
      const fields = body ? parseOrInvalid(body, await readJsonBody(request)) : {};
      const input = { ...fields, briefId: params.id };
      sendJson(response, 200, await api.execute(command, input, actorFromHeaders(request)));
    });
  step('submit', 'submitHandoffBrief');
  step('acknowledge', 'acknowledgeHandoffBrief', acknowledgeBody);
  step('withdraw', 'withdrawHandoffBrief', withdrawBody);

  router.add('GET', '/api/v1/handoffs/{id}/brief.md', async ({ response, params }) => {
    const brief = await requireBriefDoc(api, params.id ?? '');
    const markdown = briefMarkdown(brief, await namesOf(api));
    sendFile(response, 'text/markdown; charset=utf-8', `${briefFileName(brief)}.md`, markdown);
  });

  router.add('GET', '/api/v1/handoffs/{id}/brief.pdf', async ({ response, params }) => {
    const brief = await requireBriefDoc(api, params.id ?? '');
    const pdf = await renderBriefPdf(brief, await namesOf(api));
    sendFile(response, 'application/pdf', `${briefFileName(brief)}.pdf`, pdf);
  });
}
