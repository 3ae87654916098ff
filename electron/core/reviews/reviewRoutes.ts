import { z } from 'zod';
import { notFound } from '../../../shared/commands/errors.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { trackerRows } from '../../../shared/reviews/actionTracker.ts';
import {
  addActionItemInput,
  closeActionItemInput,
} from '../../../shared/reviews/commands/actionItems.ts';
import { exportReviewInput } from '../../../shared/reviews/commands/exportReview.ts';
import { saveReviewLineInput } from '../../../shared/reviews/commands/reviewLines.ts';
import { KNOWLEDGE_TYPES } from '../../../shared/reviews/knowledgeIndex.ts';
import { reviewIdFor } from '../../../shared/reviews/reviewDraft.ts';
import {
  ACTION_ITEM_STATUSES,
  actionItemShape,
  reviewShape,
} from '../../../shared/schema/review.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sendJson } from '../http/jsonResponse.ts';
import {
  actorHeader,
  commonErrors,
  documentSchema,
  error,
  json,
  pathParam,
  requestSchema,
} from '../http/openApiParts.ts';
import { requestActor } from '../http/requestActor.ts';
import { readJsonBody } from '../http/requestBody.ts';
import { defineRoute, type RouteDefinition } from '../http/routeDefinition.ts';
import { knowledgeBaseOf } from './knowledgeBase.ts';

const idParam = pathParam('id');
const actor = actorHeader('Person id to act as.');
const reviewDocument = documentSchema(reviewShape);
const actionItemDocument = documentSchema(actionItemShape);
const byExerciseThenNewest = <T extends { exercise: boolean; createdAt: string }>(a: T, b: T) =>
  Number(a.exercise) - Number(b.exercise) || b.createdAt.localeCompare(a.createdAt);

const listReviews = defineRoute({
  method: 'GET',
  path: '/api/v1/reviews',
  summary: 'Post-incident reviews: real incidents before exercises, newest first',
  responses: {
    '200': { description: 'Reviews', ...json({ type: 'array', items: reviewDocument }) },
    ...commonErrors,
  },
  async handle({ api, response }) {
    const reviews = await kindStore(api.database).find('reviews');
    sendJson(response, 200, reviews.sort(byExerciseThenNewest));
  },
});

const startReview = defineRoute({
  method: 'POST',
  path: '/api/v1/incidents/{id}/review',
  summary: 'Start the blameless review of a resolved incident, drafted from its timeline',
  parameters: [idParam, actor],
  responses: {
    '201': { description: 'The drafted review', ...json(reviewDocument) },
    '404': error('No such incident'),
    '409': error('Not resolved yet, or it already has a review'),
    ...commonErrors,
  },
  async handle({ api, request, response, params }) {
    const input = { incidentId: params.id ?? '' };
    sendJson(response, 201, await api.execute('startReview', input, requestActor(request)));
  },
});

const oneReview = defineRoute({
  method: 'GET',
  path: '/api/v1/reviews/{id}',
  summary: 'One review with its action items (the review of an incident: rv-<incident id>)',
  parameters: [idParam],
  responses: {
    '200': {
      description: 'The review and its action items',
      ...json({
        type: 'object',
        properties: {
          review: reviewDocument,
          actionItems: { type: 'array', items: actionItemDocument },
        },
      }),
    },
    '404': error('No such review'),
    ...commonErrors,
  },
  async handle({ api, response, params }) {
    const store = kindStore(api.database);
    const id = params.id ?? '';
    const review =
      (await store.get('reviews', id)) ?? (await store.get('reviews', reviewIdFor(id)));
    if (!review) throw notFound('review', id);
    const actionItems = await store.find('actionItems', { selector: { reviewId: review.id } });
    sendJson(response, 200, {
      review,
      actionItems: trackerRows(actionItems, new Date()).map((r) => r.item),
    });
  },
});

/** A review command whose input is the body plus the review id from the path. */
function reviewCommandRoute(options: {
  path: string;
  command: string;
  summary: string;
  body: z.ZodObject;
  status?: number;
}): RouteDefinition {
  return defineRoute({
    method: 'POST',
    path: `/api/v1/reviews/{id}${options.path}`,
    summary: options.summary,
    parameters: [idParam, actor],
    documentedBody: { required: false, schema: requestSchema(options.body) },
    responses: {
      [String(options.status ?? 200)]: { description: 'The command result' },
      '403': error('Not allowed'),
      '404': error('No such review'),
      '409': error('The review is complete, or the item is done'),
      ...commonErrors,
    },
    async handle({ api, request, response, params }) {
      // The command validates the input (one place for its errors); the path gives the review.
      const input = { ...((await readJsonBody(request)) as object), reviewId: params.id };
      sendJson(
        response,
        options.status ?? 200,
        await api.execute(options.command, input, requestActor(request)),
      );
    },
  });
}

const trackerQuery = z.strictObject({
  owner: z.string().max(64).optional(),
  status: z.enum([...ACTION_ITEM_STATUSES, 'not-done']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

const tracker = defineRoute({
  method: 'GET',
  path: '/api/v1/action-items',
  summary: 'The action item tracker: real incidents first, overdue first, nearest due date first',
  parameters: [
    { name: 'owner', in: 'query', schema: { type: 'string' } },
    { name: 'status', in: 'query', schema: { enum: [...ACTION_ITEM_STATUSES, 'not-done'] } },
    { name: 'overdue', in: 'query', schema: { enum: ['true', 'false'] } },
  ],
  responses: {
    '200': {
      description: 'Items, each with whether it is overdue now',
      ...json({
        type: 'array',
        items: {
          type: 'object',
          properties: { item: actionItemDocument, overdue: { type: 'boolean' } },
        },
      }),
    },
    ...commonErrors,
  },
  async handle({ api, response, url }) {
    const query = parseOrInvalid(trackerQuery, Object.fromEntries(url.searchParams));
    const items = await kindStore(api.database).find('actionItems');
    const rows = trackerRows(items, new Date(), {
      ...(query.owner ? { ownerId: query.owner } : {}),
      ...(query.status ? { status: query.status } : {}),
      overdueOnly: query.overdue === 'true',
    });
    sendJson(response, 200, rows);
  },
});

const closeItem = defineRoute({
  method: 'POST',
  path: '/api/v1/action-items/{id}/close',
  summary: 'Close an action item with a note of what was done (its owner or an administrator)',
  parameters: [idParam, actor],
  body: closeActionItemInput.omit({ itemId: true }),
  responses: {
    '200': { description: 'The closed item', ...json(actionItemDocument) },
    '403': error('Neither its owner nor an administrator'),
    '404': error('No such action item'),
    '409': error('Already done'),
    ...commonErrors,
  },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, itemId: params.id };
    sendJson(response, 200, await api.execute('closeActionItem', input, requestActor(request)));
  },
});

const searchQuery = z.strictObject({
  q: z.string().trim().min(1, 'Say what to search for').max(400),
  type: z.enum(KNOWLEDGE_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

const search = defineRoute({
  method: 'GET',
  path: '/api/v1/search',
  summary:
    'Search past incidents and reviews: ranked, with a highlighted snippet (real incidents first)',
  parameters: [
    { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
    { name: 'type', in: 'query', schema: { enum: [...KNOWLEDGE_TYPES] } },
    { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
  ],
  responses: {
    '200': {
      description: 'Results, best first; highlights are [start, end) offsets into the snippet',
      ...json({
        type: 'array',
        items: {
          type: 'object',
          properties: {
            type: { enum: [...KNOWLEDGE_TYPES] },
            id: { type: 'string' },
            title: { type: 'string' },
            snippet: { type: 'string' },
            highlights: { type: 'array', items: { type: 'array', items: { type: 'integer' } } },
            exercise: { type: 'boolean' },
            score: { type: 'number' },
          },
        },
      }),
    },
    ...commonErrors,
  },
  async handle({ api, response, url }) {
    const query = parseOrInvalid(searchQuery, Object.fromEntries(url.searchParams));
    const hits = await knowledgeBaseOf(api.database).search({
      text: query.q,
      ...(query.type ? { type: query.type } : {}),
      ...(query.limit ? { limit: query.limit } : {}),
    });
    sendJson(response, 200, hits);
  },
});

export const reviewRoutes: readonly RouteDefinition[] = [
  listReviews,
  startReview,
  oneReview,
  reviewCommandRoute({
    path: '/lines',
    command: 'saveReviewLine',
    summary:
      'Add or change a line: timeline, contributing factor (with its category), went well, was hard',
    body: saveReviewLineInput.omit({ reviewId: true }),
  }),
  reviewCommandRoute({
    path: '/complete',
    command: 'completeReview',
    summary: 'Mark the review complete (needs a summary and a classified contributing factor)',
    body: z.strictObject({}),
  }),
  reviewCommandRoute({
    path: '/action-items',
    command: 'addActionItem',
    summary: 'Add an action item with its owner and due date (with its zone)',
    body: addActionItemInput.omit({ reviewId: true }),
    status: 201,
  }),
  reviewCommandRoute({
    path: '/exports',
    command: 'exportReview',
    summary:
      'Export the review as redacted Markdown for an audience; the export and what it redacted are recorded',
    body: exportReviewInput.omit({ reviewId: true }),
    status: 201,
  }),
  tracker,
  closeItem,
  search,
];
