import { addTimelineEntryInput } from '../../../shared/commands/addTimelineEntry.ts';
import { declareIncidentInput } from '../../../shared/commands/declareIncident.ts';
import { incidentShape } from '../../../shared/schema/incident.ts';
import { timelineEntryShape } from '../../../shared/schema/timelineEntry.ts';
import type { NodeFeature } from '../features/nodeFeature.ts';
import { coreRoutes } from './apiRoutes.ts';
import { documentSchema, requestSchema } from './openApiParts.ts';
import { openApiPaths } from './routeDefinition.ts';

const inputSchema = requestSchema;

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

/** Every feature's paths, then the API's own: from the same definitions the router serves. */
function featurePaths(features: readonly NodeFeature[]): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const feature of features) mergePaths(paths, openApiPaths(feature.routes ?? []));
  mergePaths(paths, openApiPaths(coreRoutes(features)));
  return paths;
}

function mergePaths(into: Record<string, unknown>, paths: Record<string, Record<string, unknown>>) {
  for (const [path, methods] of Object.entries(paths))
    into[path] = { ...((into[path] as Record<string, unknown> | undefined) ?? {}), ...methods };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the commands validate with. */
export function buildOpenApiDocument(
  version: string,
  features: readonly NodeFeature[],
): Record<string, unknown> {
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
    paths: featurePaths(features),
  };
}
