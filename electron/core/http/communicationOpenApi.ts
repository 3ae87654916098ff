import type { z } from 'zod';
import {
  actorHeader,
  documentSchema,
  error,
  json,
  pathParam,
  requestSchema,
} from './openApiParts.ts';
import { communicationShape } from '../../../shared/schema/communication.ts';
import { communicationLogShape } from '../../../shared/schema/communicationLog.ts';
import { communicationBodies } from './communicationRoutes.ts';

const errors = {
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
const actor = actorHeader(
  'Person id to act as; authority and approver roles are checked for this person',
);
const communication = json(documentSchema(communicationShape));
const body = (schema: z.ZodType) => ({
  requestBody: { required: true, ...json(requestSchema(schema)) },
});

function messageAction(summary: string, requestBody?: z.ZodType) {
  return {
    post: {
      summary,
      parameters: [pathParam('id'), actor],
      ...(requestBody ? body(requestBody) : {}),
      responses: { '200': { description: 'The message', ...communication }, ...errors },
    },
  };
}

/** OpenAPI paths of the communications endpoints, merged into the node's document by openApi.ts. */
export const communicationOpenApiPaths: Record<string, unknown> = {
  '/api/v1/communications/config': {
    get: {
      summary:
        'Adopted audiences, templates, cadence policy and which approval policy covers each audience',
      responses: {
        '200': { description: 'Communications configuration (no channel secrets)' },
        ...errors,
      },
    },
  },
  '/api/v1/incidents/{id}/communications': {
    get: {
      summary:
        'An incident’s messages (with approval and per-recipient delivery state) and cadences',
      parameters: [pathParam('id')],
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
        ...errors,
      },
    },
    post: {
      summary:
        'Draft an update for an audience from a template (filled from the incident) or by hand; anyone may draft',
      parameters: [pathParam('id'), actor],
      ...body(communicationBodies.draft),
      responses: { '201': { description: 'The draft', ...communication }, ...errors },
    },
  },
  '/api/v1/incidents/{id}/communications/preview': {
    post: {
      summary:
        'Preview a template filled from the incident, and who would receive it; stores nothing',
      parameters: [pathParam('id')],
      ...body(communicationBodies.preview),
      responses: { '200': { description: 'Subject, body, recipients' }, ...errors },
    },
  },
  '/api/v1/incidents/{id}/communications/log': {
    get: {
      summary:
        'Export the append-only communications record: every draft, review, send and delivery result',
      parameters: [
        pathParam('id'),
        { name: 'format', in: 'query', schema: { enum: ['json', 'csv'] } },
      ],
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
        ...errors,
      },
    },
  },
  '/api/v1/incidents/{id}/communications/cadences/{audienceId}': {
    put: {
      summary:
        'Change (or, with null, stop) how often an audience gets updates; Communications Lead or fallback',
      parameters: [pathParam('id'), pathParam('audienceId'), actor],
      ...body(communicationBodies.cadence),
      responses: { '200': { description: 'The cadence', ...communication }, ...errors },
    },
  },
  '/api/v1/communications/{id}': {
    get: {
      summary: 'One message',
      parameters: [pathParam('id')],
      responses: { '200': { description: 'The message', ...communication }, ...errors },
    },
    put: {
      summary: 'Edit an unsent message; approvals already given are withdrawn',
      parameters: [pathParam('id'), actor],
      ...body(communicationBodies.edit),
      responses: { '200': { description: 'The message', ...communication }, ...errors },
    },
  },
  '/api/v1/communications/{id}/approval-request': messageAction(
    'Ask the approval policy’s roles (Legal, PR) to review',
  ),
  '/api/v1/communications/{id}/reviews': messageAction(
    'Comment, request changes or approve as an approver role (Legal, PR)',
    communicationBodies.review,
  ),
  '/api/v1/communications/{id}/override': messageAction(
    'Emergency approval override with a justification, recorded in the decision log',
    communicationBodies.override,
  ),
  '/api/v1/communications/{id}/send': messageAction(
    'Send: queue deliveries in this node’s outbox (external needs approval of exactly this content)',
  ),
  '/api/v1/communications/{id}/deliveries/resolve': messageAction(
    'Resend, or mark delivered, a delivery left in doubt by a crash (email) or failed',
    communicationBodies.resolve,
  ),
};
