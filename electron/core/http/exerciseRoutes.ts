import type { ServerResponse } from 'node:http';
import { addContingencyInjectInput } from '../../../shared/commands/addContingencyInject.ts';
import { addHotWashNoteInput } from '../../../shared/commands/addHotWashNote.ts';
import { addImprovementItemInput } from '../../../shared/commands/addImprovementItem.ts';
import { controlExerciseClockInput } from '../../../shared/commands/controlExerciseClock.ts';
import { notFound } from '../../../shared/commands/errors.ts';
import { joinExerciseInput } from '../../../shared/commands/joinExercise.ts';
import { rateObjectiveInput } from '../../../shared/commands/rateObjective.ts';
import { skipInjectInput } from '../../../shared/commands/skipInject.ts';
import { scenarioDocumentId } from '../../../shared/commands/startExercise.ts';
import { updateImprovementItemInput } from '../../../shared/commands/updateImprovementItem.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { afterActionReportMarkdown } from '../../../shared/exercises/aarMarkdown.ts';
import { afterActionReportPdf } from '../../../shared/exercises/aarPdf.ts';
import { buildAfterActionReport } from '../../../shared/exercises/afterActionReport.ts';
import { scenarioFile, scenarioJsonSchema } from '../../../shared/exercises/scenarioSchema.ts';
import { storedDefinition } from '../../../shared/framework/frameworkReads.ts';
import { loadAarSources } from '../exercises/reportSources.ts';
import type { ApiContext } from './apiContext.ts';
import { sendJson } from './jsonResponse.ts';
import { actorFromHeaders } from './requestActor.ts';
import { readJsonBody } from './requestBody.ts';
import type { Router, RouteRequest } from './router.ts';
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

function sendFile(response: ServerResponse, type: string, name: string, body: string | Uint8Array) {
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  response.writeHead(200, {
    'content-type': type,
    'content-length': payload.length,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(payload);
}

async function requireScenarioDoc(api: ApiContext, id: string) {
  const doc = await kindStore(api.database).get('frameworks', scenarioDocumentId(id));
  if (doc?.kind !== 'exerciseScenario') throw notFound('scenario', id);
  return doc;
}

async function requireExerciseDoc(api: ApiContext, id: string) {
  const doc = await kindStore(api.database).get('exercises', id);
  if (!doc) throw notFound('exercise', id);
  return doc;
}

function registerScenarioRoutes(router: Router, api: ApiContext): void {
  router.add('GET', '/api/v1/scenarios/schema.json', async ({ response }) =>
    sendJson(response, 200, scenarioJsonSchema()),
  );
  router.add('GET', '/api/v1/scenarios', async ({ response }) => {
    const docs = await kindStore(api.database).find('frameworks', {
      selector: { kind: 'exerciseScenario' },
    });
    const scenarios = docs.map((d) => storedDefinition('exerciseScenario', d));
    sendJson(
      response,
      200,
      scenarios.sort((a, b) => a.title.localeCompare(b.title)),
    );
  });
  router.add('GET', '/api/v1/scenarios/{id}', async ({ response, params }) => {
    const scenario = storedDefinition(
      'exerciseScenario',
      await requireScenarioDoc(api, params.id ?? ''),
    );
    sendFile(
      response,
      'application/json; charset=utf-8',
      `${scenario.id}.json`,
      `${JSON.stringify(scenarioFile(scenario), null, 2)}\n`,
    );
  });
  router.add('POST', '/api/v1/scenarios', async ({ request, response }) => {
    const definition = await readJsonBody(request);
    const title = (definition as { title?: unknown }).title;
    const result = (await api.execute(
      'adoptFramework',
      {
        kind: 'exerciseScenario',
        name: typeof title === 'string' ? title : 'Scenario',
        definition,
      },
      actorFromHeaders(request),
    )) as { replaced: boolean; framework: { definition: unknown } };
    sendJson(response, result.replaced ? 200 : 201, result.framework.definition);
  });
  const injectRoute = async (
    { request, response, params }: RouteRequest,
    method: 'save' | 'remove',
  ) => {
    const actor = actorFromHeaders(request);
    const number = params.number === undefined ? undefined : Number(params.number);
    const input =
      method === 'remove'
        ? { scenarioId: params.id, number }
        : {
            scenarioId: params.id,
            ...(number === undefined ? {} : { number }),
            inject: await readJsonBody(request),
          };
    const doc = (await api.execute(
      method === 'remove' ? 'removeScenarioInject' : 'saveScenarioInject',
      input,
      actor,
    )) as { definition: unknown };
    sendJson(response, 200, doc.definition);
  };
  router.add('POST', '/api/v1/scenarios/{id}/injects', (route) => injectRoute(route, 'save'));
  router.add('PUT', '/api/v1/scenarios/{id}/injects/{number}', (route) =>
    injectRoute(route, 'save'),
  );
  router.add('DELETE', '/api/v1/scenarios/{id}/injects/{number}', (route) =>
    injectRoute(route, 'remove'),
  );
}

/** A POST on an exercise that runs one command with the body plus the ids in the path. */
function exerciseCommand(
  router: Router,
  api: ApiContext,
  path: string,
  command: string,
  body: { parse(value: unknown): unknown } | undefined,
  ids: (params: Record<string, string>) => Record<string, unknown> = () => ({}),
): void {
  router.add('POST', `/api/v1/exercises/{id}${path}`, async ({ request, response, params }) => {
    const parsed = body
      ? parseOrInvalid(body as never, await readJsonBody(request))
      : ({} as Record<string, unknown>);
    const input = { ...(parsed as object), exerciseId: params.id, ...ids(params) };
    sendJson(response, 200, await api.execute(command, input, actorFromHeaders(request)));
  });
}

function registerReportRoutes(router: Router, api: ApiContext): void {
  const report = async (id: string) => {
    const exercise = await requireExerciseDoc(api, id);
    return {
      exercise,
      report: buildAfterActionReport(await loadAarSources(api.database, exercise)),
    };
  };
  router.add('GET', '/api/v1/exercises/{id}/report', async ({ response, params }) =>
    sendJson(response, 200, (await report(params.id ?? '')).report),
  );
  router.add('GET', '/api/v1/exercises/{id}/report.md', async ({ response, params }) => {
    const built = await report(params.id ?? '');
    sendFile(
      response,
      'text/markdown; charset=utf-8',
      `aar-${built.exercise.scenarioId}.md`,
      afterActionReportMarkdown(built.report),
    );
  });
  router.add('GET', '/api/v1/exercises/{id}/report.pdf', async ({ response, params }) => {
    const built = await report(params.id ?? '');
    sendFile(
      response,
      'application/pdf',
      `aar-${built.exercise.scenarioId}.pdf`,
      await afterActionReportPdf(built.report),
    );
  });
}

/** Scenario library and exercise runs over HTTP; every write is a command. */
export function registerExerciseRoutes(router: Router, api: ApiContext): void {
  registerScenarioRoutes(router, api);
  registerReportRoutes(router, api);
  router.add('GET', '/api/v1/exercises', async ({ response }) => {
    const docs = await kindStore(api.database).find('exercises', { sort: [{ createdAt: 'desc' }] });
    sendJson(response, 200, docs);
  });
  router.add('POST', '/api/v1/exercises', async ({ request, response }) => {
    const started = await api.execute(
      'startExercise',
      await readJsonBody(request),
      actorFromHeaders(request),
    );
    sendJson(response, 201, started);
  });
  router.add('GET', '/api/v1/exercises/{id}', async ({ response, params }) =>
    sendJson(response, 200, await requireExerciseDoc(api, params.id ?? '')),
  );
  const number = (params: Record<string, string>) => ({ number: Number(params.number) });
  exerciseCommand(router, api, '/clock', 'controlExerciseClock', exerciseBodies.clock);
  exerciseCommand(router, api, '/injects/{number}/release', 'releaseInject', undefined, number);
  exerciseCommand(router, api, '/injects/{number}/skip', 'skipInject', exerciseBodies.skip, number);
  exerciseCommand(router, api, '/injects', 'addContingencyInject', exerciseBodies.contingency);
  exerciseCommand(router, api, '/participants', 'joinExercise', exerciseBodies.participant);
  exerciseCommand(router, api, '/ratings', 'rateObjective', exerciseBodies.rating);
  exerciseCommand(router, api, '/hot-wash', 'addHotWashNote', exerciseBodies.hotWash);
  exerciseCommand(
    router,
    api,
    '/improvement-items',
    'addImprovementItem',
    exerciseBodies.improvementItem,
  );
  exerciseCommand(
    router,
    api,
    '/improvement-items/{itemId}',
    'updateImprovementItem',
    exerciseBodies.improvementUpdate,
    (params) => ({ itemId: params.itemId }),
  );
}
