import type { z } from 'zod';
import {
  actorHeader,
  documentSchema,
  error,
  json,
  pathParam,
  requestSchema,
} from './openApiParts.ts';
import { handoffShape } from '../../../shared/schema/handoff.ts';
import { acknowledgeBody, draftBody, saveBody, withdrawBody } from './handoffRoutes.ts';

const input = requestSchema;
const idParam = pathParam('id');
const actor = actorHeader('Person id to act as; otherwise the integration actor "api"');
const briefDocument = documentSchema(handoffShape);
const brief = (description: string) => ({ description, ...json(briefDocument) });

function stepPath(summary: string, body: z.ZodType | undefined, refusals: Record<string, unknown>) {
  return {
    post: {
      summary,
      parameters: [idParam, actor],
      ...(body ? { requestBody: { required: false, ...json(input(body)) } } : {}),
      responses: { '200': brief('The brief'), '404': error('No such brief'), ...refusals },
    },
  };
}

/** OpenAPI paths for shift handoffs, merged into the node's document by openApi.ts. */
export const handoffOpenApiPaths = {
  '/api/v1/incidents/{id}/handoffs': {
    get: {
      summary: "An incident's handoff briefs, oldest first (the history)",
      parameters: [idParam],
      responses: {
        '200': { description: 'Briefs', ...json({ type: 'array', items: briefDocument }) },
        '404': error('No such incident'),
      },
    },
    post: {
      summary:
        'Draft an ICS 201 handoff brief from the incident’s records (the Incident Commander, who is the outgoing lead)',
      parameters: [idParam, actor],
      requestBody: { required: false, ...json(input(draftBody)) },
      responses: {
        '201': brief('The drafted brief'),
        '400': error('Invalid input'),
        '403': error('Not the Incident Commander'),
        '404': error('No such incident'),
        '409': error('A brief is already open, or the incident is closed'),
      },
    },
  },
  '/api/v1/incidents/{id}/handoff-status': {
    get: {
      summary:
        "The commander's current on-call shift (when it ends, who is next) and the latest brief",
      parameters: [idParam],
      responses: { '200': { description: 'Handoff status' }, '404': error('No such incident') },
    },
  },
  '/api/v1/handoffs/{id}': {
    get: {
      summary: 'One handoff brief',
      parameters: [idParam],
      responses: { '200': brief('The brief'), '404': error('No such brief') },
    },
    patch: {
      summary: 'Edit a draft brief: any section, the note, the incoming lead (outgoing lead only)',
      parameters: [idParam, actor],
      requestBody: { required: true, ...json(input(saveBody)) },
      responses: {
        '200': brief('The saved brief'),
        '400': error('Invalid input'),
        '403': error('Not the outgoing lead'),
        '404': error('No such brief'),
        '409': error('The brief is no longer a draft'),
      },
    },
  },
  '/api/v1/handoffs/{id}/submit': stepPath(
    'Submit the brief to the incoming lead (outgoing lead, who commands the incident)',
    undefined,
    {
      '400': error('No incoming lead chosen'),
      '403': error('Not the outgoing lead, or no longer the commander'),
      '409': error('Not a draft'),
    },
  ),
  '/api/v1/handoffs/{id}/acknowledge': stepPath(
    'Acknowledge a submitted brief, with questions if any; command passes to the incoming lead',
    acknowledgeBody,
    {
      '409': error(
        'Not submitted, the outgoing lead no longer commands, or the incoming lead is marked away',
      ),
      '403': error('Not the incoming lead'),
    },
  ),
  '/api/v1/handoffs/{id}/withdraw': stepPath(
    'Withdraw a draft or submitted brief (outgoing lead only); it stays in the history',
    withdrawBody,
    { '403': error('Not the outgoing lead'), '409': error('Already acknowledged or withdrawn') },
  ),
  '/api/v1/handoffs/{id}/brief.md': {
    get: {
      summary: 'The brief as Markdown',
      parameters: [idParam],
      responses: {
        '200': {
          description: 'Markdown',
          content: { 'text/markdown': { schema: { type: 'string' } } },
        },
        '404': error('No such brief'),
      },
    },
  },
  '/api/v1/handoffs/{id}/brief.pdf': {
    get: {
      summary: 'The brief as PDF (drawn by the node with pdf-lib)',
      parameters: [idParam],
      responses: {
        '200': {
          description: 'PDF',
          content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
        },
        '404': error('No such brief'),
      },
    },
  },
};
