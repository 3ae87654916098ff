import type { z } from 'zod';
import {
  actorHeader,
  documentSchema,
  error,
  json,
  pathParam,
  requestSchema,
} from './openApiParts.ts';
import { saveScenarioInjectInput } from '../../../shared/commands/saveScenarioInject.ts';
import { startExerciseInput } from '../../../shared/commands/startExercise.ts';
import { scenarioJsonSchema } from '../../../shared/exercises/scenarioSchema.ts';
import { exerciseShape } from '../../../shared/schema/exercise.ts';
import { exerciseBodies } from './exerciseRoutes.ts';

const input = (schema: z.ZodType) => json(requestSchema(schema));
const path = pathParam;
const actor = actorHeader('Person id to act as; otherwise the integration actor "api"');
const exerciseDocument = documentSchema(exerciseShape);
const scenario = scenarioJsonSchema();
const exercise = json(exerciseDocument);
const refusals = {
  '400': error('Invalid input: the field and the reason'),
  '403': error('Only the facilitator may do this'),
  '404': error('No such exercise'),
  '409': error('Not in this state (already released, clock paused, exercise ended…)'),
};

/** A POST on an exercise that runs one command and answers with the updated exercise. */
function exerciseCommand(summary: string, body?: z.ZodType, extra: object[] = []) {
  return {
    post: {
      summary,
      parameters: [path('id'), ...extra, actor],
      ...(body ? { requestBody: { required: true, ...input(body) } } : {}),
      responses: { '200': { description: 'The exercise', ...exercise }, ...refusals },
    },
  };
}

const file = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: { type: 'string', format: 'binary' } } },
});

/** OpenAPI paths for the scenario library and exercise runs, merged into the node's document. */
export const exerciseOpenApiPaths = {
  '/api/v1/scenarios': {
    get: {
      summary: 'The scenario library, by title',
      responses: {
        '200': { description: 'Scenarios', ...json({ type: 'array', items: scenario }) },
      },
    },
    post: {
      summary: 'Import a scenario file (replaces the scenario with the same id)',
      parameters: [actor],
      requestBody: { required: true, ...json(scenario) },
      responses: {
        '201': { description: 'Imported', ...json(scenario) },
        '200': { description: 'Replaced', ...json(scenario) },
        '400': error('The file is not a valid scenario: each bad field named'),
      },
    },
  },
  '/api/v1/scenarios/schema.json': {
    get: {
      summary: 'The published JSON Schema of scenario files',
      responses: { '200': { description: 'JSON Schema 2020-12', ...json({ type: 'object' }) } },
    },
  },
  '/api/v1/scenarios/{id}': {
    get: {
      summary: 'Export a scenario as a file',
      parameters: [path('id')],
      responses: {
        '200': { description: 'The scenario file', ...json(scenario) },
        '404': error('No such scenario'),
      },
    },
  },
  '/api/v1/scenarios/{id}/injects': {
    post: {
      summary: 'Add an inject to a scenario’s MSEL',
      parameters: [path('id'), actor],
      requestBody: { required: true, ...input(saveScenarioInjectInput.shape.inject) },
      responses: { '200': { description: 'The scenario', ...json(scenario) }, ...refusals },
    },
  },
  '/api/v1/scenarios/{id}/injects/{number}': {
    put: {
      summary: 'Edit an inject of a scenario’s MSEL (text, time, expected action…)',
      parameters: [path('id'), path('number'), actor],
      requestBody: { required: true, ...input(saveScenarioInjectInput.shape.inject) },
      responses: { '200': { description: 'The scenario', ...json(scenario) }, ...refusals },
    },
    delete: {
      summary: 'Remove an inject from a scenario’s MSEL',
      parameters: [path('id'), path('number'), actor],
      responses: { '200': { description: 'The scenario', ...json(scenario) }, ...refusals },
    },
  },
  '/api/v1/exercises': {
    get: {
      summary: 'Exercise runs, newest first',
      responses: {
        '200': { description: 'Exercises', ...json({ type: 'array', items: exerciseDocument }) },
      },
    },
    post: {
      summary:
        'Set up an exercise from a scenario: declares the EXERCISE incident; the clock is ready',
      parameters: [actor],
      requestBody: { required: true, ...input(startExerciseInput) },
      responses: {
        '201': {
          description: 'The exercise and its incident',
          ...json({
            type: 'object',
            properties: {
              exercise: exerciseDocument,
              incident: { $ref: '#/components/schemas/Incident' },
            },
          }),
        },
        ...refusals,
      },
    },
  },
  '/api/v1/exercises/{id}': {
    get: {
      summary: 'One exercise run',
      parameters: [path('id')],
      responses: {
        '200': { description: 'The exercise', ...exercise },
        '404': error('No such exercise'),
      },
    },
  },
  '/api/v1/exercises/{id}/clock': exerciseCommand(
    'Start, pause, resume or end the exercise clock (facilitator)',
    exerciseBodies.clock,
  ),
  '/api/v1/exercises/{id}/injects': exerciseCommand(
    'Add a contingency inject during play (facilitator)',
    exerciseBodies.contingency,
  ),
  '/api/v1/exercises/{id}/injects/{number}/release': exerciseCommand(
    'Release an inject now onto the exercise incident’s timeline (facilitator)',
    undefined,
    [path('number')],
  ),
  '/api/v1/exercises/{id}/injects/{number}/skip': exerciseCommand(
    'Skip an inject (facilitator)',
    exerciseBodies.skip,
    [path('number')],
  ),
  '/api/v1/exercises/{id}/participants': exerciseCommand(
    'Record participation (player, evaluator, observer) and the role played',
    exerciseBodies.participant,
  ),
  '/api/v1/exercises/{id}/ratings': exerciseCommand(
    'Rate an objective P, S, M or U with observations (evaluator)',
    exerciseBodies.rating,
  ),
  '/api/v1/exercises/{id}/hot-wash': exerciseCommand(
    'Capture a hot-wash note',
    exerciseBodies.hotWash,
  ),
  '/api/v1/exercises/{id}/improvement-items': exerciseCommand(
    'Add an Improvement Plan item with owner and due date',
    exerciseBodies.improvementItem,
  ),
  '/api/v1/exercises/{id}/improvement-items/{itemId}': exerciseCommand(
    'Update an Improvement Plan item (status, owner, due date)',
    exerciseBodies.improvementUpdate,
    [path('itemId')],
  ),
  '/api/v1/exercises/{id}/report': {
    get: {
      summary: 'The After-Action Report / Improvement Plan as data',
      parameters: [path('id')],
      responses: {
        '200': { description: 'AAR/IP', ...json({ type: 'object' }) },
        '404': error('No such exercise'),
      },
    },
  },
  '/api/v1/exercises/{id}/report.md': {
    get: {
      summary: 'The AAR/IP as Markdown',
      parameters: [path('id')],
      responses: { '200': file('text/markdown', 'Markdown'), '404': error('No such exercise') },
    },
  },
  '/api/v1/exercises/{id}/report.pdf': {
    get: {
      summary: 'The AAR/IP as PDF',
      parameters: [path('id')],
      responses: { '200': file('application/pdf', 'PDF'), '404': error('No such exercise') },
    },
  },
};
