import type { z } from 'zod';
import { acknowledgeHandoffBriefInput } from '../../../shared/commands/acknowledgeHandoffBrief.ts';
import { draftHandoffBriefInput } from '../../../shared/commands/draftHandoffBrief.ts';
import { notFound } from '../../../shared/commands/errors.ts';
import { saveHandoffBriefInput } from '../../../shared/commands/saveHandoffBrief.ts';
import { withdrawHandoffBriefInput } from '../../../shared/commands/withdrawHandoffBrief.ts';
import { briefFileName, briefMarkdown } from '../../../shared/handoffs/briefDocument.ts';
import { commanderOf } from '../../../shared/handoffs/briefCommandSupport.ts';
import { currentShiftOf } from '../../../shared/handoffs/leadShift.ts';
import { rotationsFromUnits } from '../../../shared/handoffs/briefSources.ts';
import { handoffShape, type HandoffDoc } from '../../../shared/schema/handoff.ts';
import { renderBriefPdf } from '../handoffs/briefPdf.ts';
import type { ApiContext } from './apiContext.ts';
import { sendFile } from './fileResponse.ts';
import { sendJson } from './jsonResponse.ts';
import { actorHeader, documentSchema, error, json, pathParam } from './openApiParts.ts';
import { requestActor } from './requestActor.ts';
import { requireIncident } from './requireIncident.ts';
import { defineRoute } from './routeDefinition.ts';
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

/** The commander's shift and the incident's latest brief: what the wall's handoff panel shows. */
async function handoffStatus(api: ApiContext, incidentId: string) {
  const incident = (await requireIncident(api, incidentId)).toMutableJSON();
  const commanderId = commanderOf(incident);
  const units = await kindStore(api.database).find('organisation', {
    selector: { kind: 'rotation' },
  });
  const rotations = rotationsFromUnits(units);
  const shift = commanderId ? currentShiftOf(rotations, commanderId, new Date()) : undefined;
  const briefs = await kindStore(api.database).find('handoffs', { selector: { incidentId } });
  const latest = briefs.sort((a, b) => a.number - b.number).at(-1);
  return {
    incidentId,
    commanderId: commanderId ?? null,
    shift: shift ?? null,
    latestBrief: latest ?? null,
  };
}

const idParam = pathParam('id');
const actor = actorHeader('Person id to act as; otherwise the integration actor "api"');
const briefDocument = documentSchema(handoffShape);
const brief = (description: string) => ({ description, ...json(briefDocument) });

const history = defineRoute({
  method: 'GET',
  path: '/api/v1/incidents/{id}/handoffs',
  summary: "An incident's handoff briefs, oldest first (the history)",
  parameters: [idParam],
  responses: {
    '200': { description: 'Briefs', ...json({ type: 'array', items: briefDocument }) },
    '404': error('No such incident'),
  },
  async handle({ api, response, params }) {
    const incident = await requireIncident(api, params.id ?? '');
    const briefs = await kindStore(api.database).find('handoffs', {
      selector: { incidentId: incident.id },
    });
    sendJson(
      response,
      200,
      briefs.sort((a, b) => a.number - b.number),
    );
  },
});

const draft = defineRoute({
  method: 'POST',
  path: '/api/v1/incidents/{id}/handoffs',
  summary:
    'Draft an ICS 201 handoff brief from the incident’s records (the Incident Commander, who is the outgoing lead)',
  parameters: [idParam, actor],
  body: draftBody,
  bodyRequired: false,
  responses: {
    '201': brief('The drafted brief'),
    '400': error('Invalid input'),
    '403': error('Not the Incident Commander'),
    '404': error('No such incident'),
    '409': error('A brief is already open, or the incident is closed'),
  },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, incidentId: params.id };
    sendJson(response, 201, await api.execute('draftHandoffBrief', input, requestActor(request)));
  },
});

const status = defineRoute({
  method: 'GET',
  path: '/api/v1/incidents/{id}/handoff-status',
  summary: "The commander's current on-call shift (when it ends, who is next) and the latest brief",
  parameters: [idParam],
  responses: { '200': { description: 'Handoff status' }, '404': error('No such incident') },
  async handle({ api, response, params }) {
    sendJson(response, 200, await handoffStatus(api, params.id ?? ''));
  },
});

const oneBrief = defineRoute({
  method: 'GET',
  path: '/api/v1/handoffs/{id}',
  summary: 'One handoff brief',
  parameters: [idParam],
  responses: { '200': brief('The brief'), '404': error('No such brief') },
  async handle({ api, response, params }) {
    sendJson(response, 200, await requireBriefDoc(api, params.id ?? ''));
  },
});

const save = defineRoute({
  method: 'PATCH',
  path: '/api/v1/handoffs/{id}',
  summary: 'Edit a draft brief: any section, the note, the incoming lead (outgoing lead only)',
  parameters: [idParam, actor],
  body: saveBody,
  responses: {
    '200': brief('The saved brief'),
    '400': error('Invalid input'),
    '403': error('Not the outgoing lead'),
    '404': error('No such brief'),
    '409': error('The brief is no longer a draft'),
  },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, briefId: params.id };
    sendJson(response, 200, await api.execute('saveHandoffBrief', input, requestActor(request)));
  },
});

/** A step of the two-step handover: the brief's id from the path, the rest from the body. */
function step(
  path: string,
  command: string,
  summary: string,
  body: z.ZodType<Record<string, unknown>> | undefined,
  refusals: Record<string, unknown>,
) {
  return defineRoute({
    method: 'POST',
    path: `/api/v1/handoffs/{id}/${path}`,
    summary,
    parameters: [idParam, actor],
    ...(body ? { body, bodyRequired: false } : {}),
    responses: { '200': brief('The brief'), '404': error('No such brief'), ...refusals },
    async handle({ api, request, response, params, body: fields }) {
      const input = { ...(fields ?? {}), briefId: params.id };
      sendJson(response, 200, await api.execute(command, input, requestActor(request)));
    },
  });
}

const submit = step(
  'submit',
  'submitHandoffBrief',
  'Submit the brief to the incoming lead (outgoing lead, who commands the incident)',
  undefined,
  {
    '400': error('No incoming lead chosen'),
    '403': error('Not the outgoing lead, or no longer the commander'),
    '409': error('Not a draft'),
  },
);
const acknowledge = step(
  'acknowledge',
  'acknowledgeHandoffBrief',
  'Acknowledge a submitted brief, with questions if any; command passes to the incoming lead',
  acknowledgeBody,
  {
    '409': error(
      'Not submitted, the outgoing lead no longer commands, or the incoming lead is marked away',
    ),
    '403': error('Not the incoming lead'),
  },
);
const withdraw = step(
  'withdraw',
  'withdrawHandoffBrief',
  'Withdraw a draft or submitted brief (outgoing lead only); it stays in the history',
  withdrawBody,
  { '403': error('Not the outgoing lead'), '409': error('Already acknowledged or withdrawn') },
);

const markdown = defineRoute({
  method: 'GET',
  path: '/api/v1/handoffs/{id}/brief.md',
  summary: 'The brief as Markdown',
  parameters: [idParam],
  responses: {
    '200': {
      description: 'Markdown',
      content: { 'text/markdown': { schema: { type: 'string' } } },
    },
    '404': error('No such brief'),
  },
  async handle({ api, response, params }) {
    const brief = await requireBriefDoc(api, params.id ?? '');
    const text = briefMarkdown(brief, await namesOf(api));
    sendFile(response, 'text/markdown; charset=utf-8', `${briefFileName(brief)}.md`, text);
  },
});

const pdf = defineRoute({
  method: 'GET',
  path: '/api/v1/handoffs/{id}/brief.pdf',
  summary: 'The brief as PDF (drawn by the node with pdf-lib)',
  parameters: [idParam],
  responses: {
    '200': {
      description: 'PDF',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    },
    '404': error('No such brief'),
  },
  async handle({ api, response, params }) {
    const brief = await requireBriefDoc(api, params.id ?? '');
    const bytes = await renderBriefPdf(brief, await namesOf(api));
    sendFile(response, 'application/pdf', `${briefFileName(brief)}.pdf`, bytes);
  },
});

/** Shift handoffs over HTTP: briefs, the two-step handover, and the exports. Writes are commands. */
export const handoffRoutes = [
  history,
  draft,
  status,
  oneBrief,
  save,
  submit,
  acknowledge,
  withdraw,
  markdown,
  pdf,
];
