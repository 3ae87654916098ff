import { notFound } from '../../../shared/commands/errors.ts';
import { saveScenarioInjectInput } from '../../../shared/commands/saveScenarioInject.ts';
import { scenarioDocumentId } from '../../../shared/commands/startExercise.ts';
import { scenarioFile, scenarioJsonSchema } from '../../../shared/exercises/scenarioSchema.ts';
import { storedDefinition } from '../../../shared/framework/frameworkReads.ts';
import type { ApiContext } from './apiContext.ts';
import { exerciseRefusals } from './exerciseRoutes.ts';
import { sendFile } from './fileResponse.ts';
import { sendJson } from './jsonResponse.ts';
import { actorHeader, error, json, pathParam, requestSchema } from './openApiParts.ts';
import { requestActor } from './requestActor.ts';
import { readJsonBody } from './requestBody.ts';
import { defineRoute, type RouteCall } from './routeDefinition.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

const actor = actorHeader('Person id to act as; otherwise the integration actor "api"');
const scenario = scenarioJsonSchema();
const inject = { required: true, schema: requestSchema(saveScenarioInjectInput.shape.inject) };
const theScenario = { '200': { description: 'The scenario', ...json(scenario) } };

async function requireScenarioDoc(api: ApiContext, id: string) {
  const doc = await kindStore(api.database).get('frameworks', scenarioDocumentId(id));
  if (doc?.kind !== 'exerciseScenario') throw notFound('scenario', id);
  return doc;
}

const schema = defineRoute({
  method: 'GET',
  path: '/api/v1/scenarios/schema.json',
  summary: 'The published JSON Schema of scenario files',
  responses: { '200': { description: 'JSON Schema 2020-12', ...json({ type: 'object' }) } },
  async handle({ response }) {
    sendJson(response, 200, scenarioJsonSchema());
  },
});

const library = defineRoute({
  method: 'GET',
  path: '/api/v1/scenarios',
  summary: 'The scenario library, by title',
  responses: { '200': { description: 'Scenarios', ...json({ type: 'array', items: scenario }) } },
  async handle({ api, response }) {
    const docs = await kindStore(api.database).find('frameworks', {
      selector: { kind: 'exerciseScenario' },
    });
    const scenarios = docs.map((d) => storedDefinition('exerciseScenario', d));
    sendJson(
      response,
      200,
      scenarios.sort((a, b) => a.title.localeCompare(b.title)),
    );
  },
});

const exportScenario = defineRoute({
  method: 'GET',
  path: '/api/v1/scenarios/{id}',
  summary: 'Export a scenario as a file',
  parameters: [pathParam('id')],
  responses: {
    '200': { description: 'The scenario file', ...json(scenario) },
    '404': error('No such scenario'),
  },
  async handle({ api, response, params }) {
    const stored = await requireScenarioDoc(api, params.id ?? '');
    const definition = storedDefinition('exerciseScenario', stored);
    sendFile(
      response,
      'application/json; charset=utf-8',
      `${definition.id}.json`,
      `${JSON.stringify(scenarioFile(definition), null, 2)}\n`,
    );
  },
});

/** The file goes to adoptFramework unread: the scenario kind validates it, naming each bad field. */
const importScenario = defineRoute({
  method: 'POST',
  path: '/api/v1/scenarios',
  summary: 'Import a scenario file (replaces the scenario with the same id)',
  parameters: [actor],
  documentedBody: { required: true, schema: scenario },
  responses: {
    '201': { description: 'Imported', ...json(scenario) },
    '200': { description: 'Replaced', ...json(scenario) },
    '400': error('The file is not a valid scenario: each bad field named'),
  },
  async handle({ api, request, response }) {
    const definition = await readJsonBody(request);
    const title = (definition as { title?: unknown }).title;
    const result = (await api.execute(
      'adoptFramework',
      {
        kind: 'exerciseScenario',
        name: typeof title === 'string' ? title : 'Scenario',
        definition,
      },
      requestActor(request),
    )) as { replaced: boolean; framework: { definition: unknown } };
    sendJson(response, result.replaced ? 200 : 201, result.framework.definition);
  },
});

/** Save (add or edit) or remove an inject of a scenario's MSEL; answers with the scenario. */
async function changeInject(
  { api, request, response, params }: RouteCall<unknown>,
  remove: boolean,
) {
  const actorOfRequest = requestActor(request);
  const number = params.number === undefined ? undefined : Number(params.number);
  const input = remove
    ? { scenarioId: params.id, number }
    : {
        scenarioId: params.id,
        ...(number === undefined ? {} : { number }),
        inject: await readJsonBody(request),
      };
  const command = remove ? 'removeScenarioInject' : 'saveScenarioInject';
  const doc = (await api.execute(command, input, actorOfRequest)) as { definition: unknown };
  sendJson(response, 200, doc.definition);
}

const addInject = defineRoute({
  method: 'POST',
  path: '/api/v1/scenarios/{id}/injects',
  summary: 'Add an inject to a scenario’s MSEL',
  parameters: [pathParam('id'), actor],
  documentedBody: inject,
  responses: { ...theScenario, ...exerciseRefusals },
  handle: (call) => changeInject(call, false),
});

const editInject = defineRoute({
  method: 'PUT',
  path: '/api/v1/scenarios/{id}/injects/{number}',
  summary: 'Edit an inject of a scenario’s MSEL (text, time, expected action…)',
  parameters: [pathParam('id'), pathParam('number'), actor],
  documentedBody: inject,
  responses: { ...theScenario, ...exerciseRefusals },
  handle: (call) => changeInject(call, false),
});

const removeInject = defineRoute({
  method: 'DELETE',
  path: '/api/v1/scenarios/{id}/injects/{number}',
  summary: 'Remove an inject from a scenario’s MSEL',
  parameters: [pathParam('id'), pathParam('number'), actor],
  responses: { ...theScenario, ...exerciseRefusals },
  handle: (call) => changeInject(call, true),
});

/** The scenario library over HTTP: the schema, export, import and MSEL edits (commands). */
export const scenarioRoutes = [
  schema,
  library,
  exportScenario,
  importScenario,
  addInject,
  editInject,
  removeInject,
];
