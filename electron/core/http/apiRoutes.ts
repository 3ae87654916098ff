import { CommandError } from '../../../shared/commands/errors.ts';
import { COMMAND_NAMES, isCommandName } from '../../../shared/commands/registry.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import type { NodeFeature } from '../features/nodeFeature.ts';
import type { ApiContext } from './apiContext.ts';
import { sendJson } from './jsonResponse.ts';
import { buildOpenApiDocument } from './openApi.ts';
import { commonErrors, json } from './openApiParts.ts';
import { requestActor, commandRequestBody } from './requestActor.ts';
import { readJsonBody } from './requestBody.ts';
import { defineRoute, registerRoutes, type RouteDefinition } from './routeDefinition.ts';
import type { Router } from './router.ts';

const health = defineRoute({
  method: 'GET',
  path: '/api/v1/health',
  summary: 'Node health',
  public: true,
  responses: {
    '200': {
      description: 'ok',
      ...json({
        type: 'object',
        properties: {
          status: { const: 'ok' },
          version: { type: 'string' },
          nodeId: { type: 'string' },
        },
      }),
    },
  },
  async handle({ api, response }) {
    sendJson(response, 200, api.info());
  },
});

const runCommand = defineRoute({
  method: 'POST',
  path: '/api/v1/commands/{name}',
  summary: 'Run any Lantern command (the UI uses this)',
  // Sorted, so the document does not change when the feature list is reordered.
  parameters: [
    { name: 'name', in: 'path', required: true, schema: { enum: [...COMMAND_NAMES].sort() } },
  ],
  documentedBody: {
    required: true,
    schema: {
      type: 'object',
      properties: {
        input: { type: 'object' },
        actor: {
          type: 'object',
          properties: { kind: { enum: ['person', 'integration'] }, id: { type: 'string' } },
        },
      },
    },
  },
  responses: {
    '200': {
      description: 'The command result',
      ...json({ type: 'object', properties: { result: {} } }),
    },
    '403': { description: 'Not allowed' },
    '404': { description: 'Unknown command or document' },
    '409': { description: 'Conflict' },
    ...commonErrors,
  },
  async handle({ api, request, response, params }) {
    if (!isCommandName(params.name ?? ''))
      throw new CommandError('unknown-command', `There is no command called "${params.name}"`);
    const body = parseOrInvalid(commandRequestBody, await readJsonBody(request));
    const actor = requestActor(request, body.actor);
    const result = await api.execute(params.name ?? '', body.input, actor);
    sendJson(response, 200, { result });
  },
});

const seedDemo = defineRoute({
  method: 'POST',
  path: '/api/v1/workspace/demo',
  summary: 'Seed the fictional demo organisation into an empty node',
  responses: {
    '200': { description: 'Seeded' },
    '409': { description: 'A workspace already exists' },
    ...commonErrors,
  },
  async handle({ api, request, response }) {
    // The node loads its own demo data; the caller only has to be more than a wall display.
    requestActor(request);
    const result = await api.seedDemo();
    sendJson(response, 200, { result });
  },
});

/** The API's own routes, whatever the features: health, this document, any command, the demo. */
export function coreRoutes(features: readonly NodeFeature[]): RouteDefinition[] {
  const document = defineRoute({
    method: 'GET',
    path: '/api/v1/openapi.json',
    summary: 'This document',
    responses: { '200': { description: 'OpenAPI 3.1' } },
    async handle({ api, response }) {
      sendJson(response, 200, buildOpenApiDocument(api.info().version, features));
    },
  });
  return [health, document, runCommand, seedDemo];
}

/** HTTP API v1: the same commands the UI sends, for monitoring and ticketing systems. */
export function registerApiRoutes(
  router: Router,
  api: ApiContext,
  features: readonly NodeFeature[],
): void {
  for (const feature of features) registerRoutes(router, api, feature.routes ?? []);
  registerRoutes(router, api, coreRoutes(features));
}
