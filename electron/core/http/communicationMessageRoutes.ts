import type { z } from 'zod';
import { notFound } from '../../../shared/commands/errors.ts';
import {
  communication,
  communicationActor,
  communicationBodies,
  communicationErrors,
} from './communicationRoutes.ts';
import { sendJson } from './jsonResponse.ts';
import { pathParam } from './openApiParts.ts';
import { requestActor } from './requestActor.ts';
import { defineRoute, type HttpMethod } from './routeDefinition.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

const idParam = pathParam('id');

/** A step on one message: the message id from the path, the rest of the input from the body. */
function messageAction(
  method: HttpMethod,
  path: string,
  command: string,
  summary: string,
  body?: z.ZodType<Record<string, unknown>>,
) {
  return defineRoute({
    method,
    path: `/api/v1/communications/{id}${path}`,
    summary,
    parameters: [idParam, communicationActor],
    ...(body ? { body } : {}),
    responses: { '200': { description: 'The message', ...communication }, ...communicationErrors },
    async handle({ api, request, response, params, body: fields }) {
      const input = { ...(fields ?? {}), messageId: params.id ?? '' };
      sendJson(response, 200, await api.execute(command, input, requestActor(request)));
    },
  });
}

const oneMessage = defineRoute({
  method: 'GET',
  path: '/api/v1/communications/{id}',
  summary: 'One message',
  parameters: [idParam],
  responses: { '200': { description: 'The message', ...communication }, ...communicationErrors },
  async handle({ api, response, params }) {
    const doc = await kindStore(api.database).get('communications', params.id ?? '');
    if (doc?.kind !== 'message') throw notFound('communication', params.id ?? '');
    sendJson(response, 200, doc);
  },
});

/** One message over HTTP: read it, edit it, take it through approval and send it. Each step is a command. */
export const communicationMessageRoutes = [
  oneMessage,
  messageAction(
    'PUT',
    '',
    'editCommunication',
    'Edit an unsent message; approvals already given are withdrawn',
    communicationBodies.edit,
  ),
  messageAction(
    'POST',
    '/approval-request',
    'requestCommunicationApproval',
    'Ask the approval policy’s roles (Legal, PR) to review',
  ),
  messageAction(
    'POST',
    '/reviews',
    'reviewCommunication',
    'Comment, request changes or approve as an approver role (Legal, PR)',
    communicationBodies.review,
  ),
  messageAction(
    'POST',
    '/override',
    'overrideCommunicationApproval',
    'Emergency approval override with a justification, recorded in the decision log',
    communicationBodies.override,
  ),
  messageAction(
    'POST',
    '/send',
    'sendCommunication',
    'Send: queue deliveries in this node’s outbox (external needs approval of exactly this content)',
  ),
  messageAction(
    'POST',
    '/deliveries/resolve',
    'resolveDelivery',
    'Resend, or mark delivered, a delivery left in doubt by a crash (email) or failed',
    communicationBodies.resolve,
  ),
];
