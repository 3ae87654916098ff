import { documentSchema } from './openApiParts.ts';
import { z } from 'zod';
import { addTimelineEntryInput } from '../../../shared/commands/addTimelineEntry.ts';
import { declareIncidentInput } from '../../../shared/commands/declareIncident.ts';
import { COMMAND_NAMES } from '../../../shared/commands/registry.ts';
import { incidentShape } from '../../../shared/schema/incident.ts';
import { timelineEntryShape } from '../../../shared/schema/timelineEntry.ts';
import { communicationOpenApiPaths } from './communicationOpenApi.ts';
import { escalationOpenApiPaths } from './escalationRoutes.ts';
import { exerciseOpenApiPaths } from './exerciseOpenApi.ts';
import { handoffOpenApiPaths } from './handoffOpenApi.ts';
import { rotationOpenApiPaths } from './rotationRoutes.ts';
import { syncOpenApiPaths } from './syncRoutes.ts';
import { incidentCommandOpenApiPaths } from './incidentCommandOpenApi.ts';

const inputSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

const errorBody = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'problems'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        problems: {
          type: 'array',
          items: {
            type: 'object',
            properties: { field: { type: 'string' }, reason: { type: 'string' } },
          },
        },
      },
    },
  },
};

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const errors = {
  '400': {
    description: 'Invalid input: the field and the reason',
    ...json({ $ref: '#/components/schemas/Error' }),
  },
  '401': {
    description: 'Missing or wrong bearer token',
    ...json({ $ref: '#/components/schemas/Error' }),
  },
  '413': { description: 'Body too large', ...json({ $ref: '#/components/schemas/Error' }) },
};
const idParam = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
const actorHeader = {
  name: 'X-Lantern-Actor',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description: 'Person id to act as; otherwise the integration actor "api"',
};

/** The OpenAPI 3.1 document, generated from the same zod schemas the commands validate with. */
export function buildOpenApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lantern node API',
      version,
      description:
        'Incidents and timelines for monitoring and ticketing integrations. Every write runs a Lantern command.',
    },
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: errorBody,
        Incident: documentSchema(incidentShape),
        TimelineEntry: documentSchema(timelineEntryShape),
        DeclareIncident: inputSchema(declareIncidentInput),
        NewTimelineEntry: inputSchema(addTimelineEntryInput.omit({ incidentId: true })),
      },
    },
    paths: {
      ...escalationOpenApiPaths,
      ...rotationOpenApiPaths,
      ...syncOpenApiPaths,
      ...incidentCommandOpenApiPaths,
      ...communicationOpenApiPaths,
      ...exerciseOpenApiPaths,
      ...handoffOpenApiPaths,
      '/api/v1/health': {
        get: {
          summary: 'Node health',
          security: [],
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
        },
      },
      '/api/v1/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } },
      },
      '/api/v1/incidents': {
        get: {
          summary: 'List incidents, newest first',
          parameters: [{ name: 'status', in: 'query', schema: { enum: ['active', 'all'] } }],
          responses: {
            '200': {
              description: 'Incidents',
              ...json({ type: 'array', items: { $ref: '#/components/schemas/Incident' } }),
            },
            ...errors,
          },
        },
        post: {
          summary: 'Declare an incident',
          parameters: [actorHeader],
          requestBody: {
            required: true,
            ...json({ $ref: '#/components/schemas/DeclareIncident' }),
          },
          responses: {
            '201': { description: 'Declared', ...json({ $ref: '#/components/schemas/Incident' }) },
            ...errors,
          },
        },
      },
      '/api/v1/incidents/{id}': {
        get: {
          summary: 'One incident',
          parameters: idParam,
          responses: {
            '200': {
              description: 'The incident',
              ...json({ $ref: '#/components/schemas/Incident' }),
            },
            '404': { description: 'No such incident' },
            ...errors,
          },
        },
      },
      '/api/v1/incidents/{id}/timeline': {
        get: {
          summary: 'Timeline entries in hybrid-logical-clock order',
          parameters: idParam,
          responses: {
            '200': {
              description: 'Entries',
              ...json({ type: 'array', items: { $ref: '#/components/schemas/TimelineEntry' } }),
            },
            '404': { description: 'No such incident' },
            ...errors,
          },
        },
        post: {
          summary: 'Add a timeline entry',
          parameters: [...idParam, actorHeader],
          requestBody: {
            required: true,
            ...json({ $ref: '#/components/schemas/NewTimelineEntry' }),
          },
          responses: {
            '201': {
              description: 'Added',
              ...json({ $ref: '#/components/schemas/TimelineEntry' }),
            },
            '404': { description: 'No such incident' },
            ...errors,
          },
        },
      },
      '/api/v1/commands/{name}': {
        post: {
          summary: 'Run any Lantern command (the UI uses this)',
          parameters: [
            { name: 'name', in: 'path', required: true, schema: { enum: COMMAND_NAMES } },
          ],
          requestBody: {
            required: true,
            ...json({
              type: 'object',
              properties: {
                input: { type: 'object' },
                actor: {
                  type: 'object',
                  properties: { kind: { enum: ['person', 'integration'] }, id: { type: 'string' } },
                },
              },
            }),
          },
          responses: {
            '200': {
              description: 'The command result',
              ...json({ type: 'object', properties: { result: {} } }),
            },
            '403': { description: 'Not allowed' },
            '404': { description: 'Unknown command or document' },
            '409': { description: 'Conflict' },
            ...errors,
          },
        },
      },
      '/api/v1/workspace/demo': {
        post: {
          summary: 'Seed the fictional demo organisation into an empty node',
          responses: {
            '200': { description: 'Seeded' },
            '409': { description: 'A workspace already exists' },
            ...errors,
          },
        },
      },
    },
  };
}
