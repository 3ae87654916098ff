import type { z } from 'zod';
import { addContingencyInjectInput } from '../../../shared/commands/addContingencyInject.ts';
import { addHotWashNoteInput } from '../../../shared/commands/addHotWashNote.ts';
import { addImprovementItemInput } from '../../../shared/commands/addImprovementItem.ts';
import { controlExerciseClockInput } from '../../../shared/commands/controlExerciseClock.ts';
import { notFound } from '../../../shared/commands/errors.ts';
import { joinExerciseInput } from '../../../shared/commands/joinExercise.ts';
import { rateObjectiveInput } from '../../../shared/commands/rateObjective.ts';
import { skipInjectInput } from '../../../shared/commands/skipInject.ts';
import { startExerciseInput } from '../../../shared/commands/startExercise.ts';
import { updateImprovementItemInput } from '../../../shared/commands/updateImprovementItem.ts';
import { afterActionReportMarkdown } from '../../../shared/exercises/aarMarkdown.ts';
import { afterActionReportPdf } from '../../../shared/exercises/aarPdf.ts';
import { buildAfterActionReport } from '../../../shared/exercises/afterActionReport.ts';
import { exerciseShape } from '../../../shared/schema/exercise.ts';
import { loadAarSources } from '../exercises/reportSources.ts';
import type { ApiContext } from './apiContext.ts';
import { sendFile } from './fileResponse.ts';
import { sendJson } from './jsonResponse.ts';
import {
  actorHeader,
  documentSchema,
  error,
  json,
  pathParam,
  requestSchema,
} from './openApiParts.ts';
import { requestActor } from './requestActor.ts';
import { readJsonBody } from './requestBody.ts';
import { defineRoute } from './routeDefinition.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export const exerciseBodies = {
  clock: controlExerciseClockInput.omit({ exerciseId: true }),
  skip: skipInjectInput.omit({ exerciseId: true, number: true }),
  contingency: addContingencyInjectInput.omit({ exerciseId: true }),
  participant: joinExerciseInput.omit({ exerciseId: true }),
  rating: rateObjectiveInput.omit({ exerciseId: true }),
  hotWash: addHotWashNoteInput.omit({ exerciseId: true }),
  improvementItem: addImprovementItemInput.omit({ exerciseId: true }),
  improvementUpdate: updateImprovementItemInput.omit({ exerciseId: true, itemId: true }),
};

const actor = actorHeader('Person id to act as; otherwise the integration actor "api"');
const exerciseDocument = documentSchema(exerciseShape);
const exercise = json(exerciseDocument);
const idParam = pathParam('id');

/** What a facilitator's or player's step on an exercise can be refused for. */
export const exerciseRefusals = {
  '400': error('Invalid input: the field and the reason'),
  '403': error('Only the facilitator may do this'),
  '404': error('No such exercise'),
  '409': error('Not in this state (already released, clock paused, exercise ended…)'),
};

const file = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: { type: 'string', format: 'binary' } } },
});

async function requireExerciseDoc(api: ApiContext, id: string) {
  const doc = await kindStore(api.database).get('exercises', id);
  if (!doc) throw notFound('exercise', id);
  return doc;
}

/** A POST on an exercise that runs one command with the body plus the ids in the path. */
function exerciseCommand(
  path: string,
  command: string,
  summary: string,
  body?: z.ZodType<Record<string, unknown>>,
  ids: (params: Record<string, string>) => Record<string, unknown> = () => ({}),
) {
  const extra = [...path.matchAll(/\{(\w+)\}/g)].map((match) => pathParam(match[1] ?? ''));
  return defineRoute({
    method: 'POST',
    path: `/api/v1/exercises/{id}${path}`,
    summary,
    parameters: [idParam, ...extra, actor],
    ...(body ? { body } : {}),
    responses: { '200': { description: 'The exercise', ...exercise }, ...exerciseRefusals },
    async handle({ api, request, response, params, body: fields }) {
      const input = { ...(fields ?? {}), exerciseId: params.id, ...ids(params) };
      sendJson(response, 200, await api.execute(command, input, requestActor(request)));
    },
  });
}

/** The AAR/IP of one exercise, built from its records. */
async function report(api: ApiContext, id: string) {
  const run = await requireExerciseDoc(api, id);
  return { exercise: run, report: buildAfterActionReport(await loadAarSources(api.database, run)) };
}

const reportRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/exercises/{id}/report',
    summary: 'The After-Action Report / Improvement Plan as data',
    parameters: [idParam],
    responses: {
      '200': { description: 'AAR/IP', ...json({ type: 'object' }) },
      '404': error('No such exercise'),
    },
    async handle({ api, response, params }) {
      sendJson(response, 200, (await report(api, params.id ?? '')).report);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/exercises/{id}/report.md',
    summary: 'The AAR/IP as Markdown',
    parameters: [idParam],
    responses: { '200': file('text/markdown', 'Markdown'), '404': error('No such exercise') },
    async handle({ api, response, params }) {
      const built = await report(api, params.id ?? '');
      const name = `aar-${built.exercise.scenarioId}.md`;
      sendFile(
        response,
        'text/markdown; charset=utf-8',
        name,
        afterActionReportMarkdown(built.report),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/exercises/{id}/report.pdf',
    summary: 'The AAR/IP as PDF',
    parameters: [idParam],
    responses: { '200': file('application/pdf', 'PDF'), '404': error('No such exercise') },
    async handle({ api, response, params }) {
      const built = await report(api, params.id ?? '');
      const name = `aar-${built.exercise.scenarioId}.pdf`;
      sendFile(response, 'application/pdf', name, await afterActionReportPdf(built.report));
    },
  }),
];

const runs = defineRoute({
  method: 'GET',
  path: '/api/v1/exercises',
  summary: 'Exercise runs, newest first',
  responses: {
    '200': { description: 'Exercises', ...json({ type: 'array', items: exerciseDocument }) },
  },
  async handle({ api, response }) {
    const docs = await kindStore(api.database).find('exercises', { sort: [{ createdAt: 'desc' }] });
    sendJson(response, 200, docs);
  },
});

/** The body goes to startExercise unread: the command validates it. */
const start = defineRoute({
  method: 'POST',
  path: '/api/v1/exercises',
  summary: 'Set up an exercise from a scenario: declares the EXERCISE incident; the clock is ready',
  parameters: [actor],
  documentedBody: { required: true, schema: requestSchema(startExerciseInput) },
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
    ...exerciseRefusals,
  },
  async handle({ api, request, response }) {
    const started = await api.execute(
      'startExercise',
      await readJsonBody(request),
      requestActor(request),
    );
    sendJson(response, 201, started);
  },
});

const oneRun = defineRoute({
  method: 'GET',
  path: '/api/v1/exercises/{id}',
  summary: 'One exercise run',
  parameters: [idParam],
  responses: {
    '200': { description: 'The exercise', ...exercise },
    '404': error('No such exercise'),
  },
  async handle({ api, response, params }) {
    sendJson(response, 200, await requireExerciseDoc(api, params.id ?? ''));
  },
});

const number = (params: Record<string, string>) => ({ number: Number(params.number) });

/** Exercise runs over HTTP: set up, the clock, injects, participation, evaluation, the AAR/IP. */
export const exerciseRoutes = [
  ...reportRoutes,
  runs,
  start,
  oneRun,
  exerciseCommand(
    '/clock',
    'controlExerciseClock',
    'Start, pause, resume or end the exercise clock (facilitator)',
    exerciseBodies.clock,
  ),
  exerciseCommand(
    '/injects/{number}/release',
    'releaseInject',
    'Release an inject now onto the exercise incident’s timeline (facilitator)',
    undefined,
    number,
  ),
  exerciseCommand(
    '/injects/{number}/skip',
    'skipInject',
    'Skip an inject (facilitator)',
    exerciseBodies.skip,
    number,
  ),
  exerciseCommand(
    '/injects',
    'addContingencyInject',
    'Add a contingency inject during play (facilitator)',
    exerciseBodies.contingency,
  ),
  exerciseCommand(
    '/participants',
    'joinExercise',
    'Record participation (player, evaluator, observer) and the role played',
    exerciseBodies.participant,
  ),
  exerciseCommand(
    '/ratings',
    'rateObjective',
    'Rate an objective P, S, M or U with observations (evaluator)',
    exerciseBodies.rating,
  ),
  exerciseCommand('/hot-wash', 'addHotWashNote', 'Capture a hot-wash note', exerciseBodies.hotWash),
  exerciseCommand(
    '/improvement-items',
    'addImprovementItem',
    'Add an Improvement Plan item with owner and due date',
    exerciseBodies.improvementItem,
  ),
  exerciseCommand(
    '/improvement-items/{itemId}',
    'updateImprovementItem',
    'Update an Improvement Plan item (status, owner, due date)',
    exerciseBodies.improvementUpdate,
    (params) => ({ itemId: params.itemId }),
  ),
];
