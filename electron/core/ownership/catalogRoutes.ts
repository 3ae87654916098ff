import {
  applyCatalogImportInput,
  discardCatalogImportInput,
} from '../../../shared/ownership/commands/applyCatalogImport.ts';
import { stageCatalogImportInput } from '../../../shared/ownership/commands/stageCatalogImport.ts';
import { notFound } from '../../../shared/commands/errors.ts';
import { ownershipConflict } from '../../../shared/ownership/ownershipConflicts.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sendJson } from '../http/jsonResponse.ts';
import { commonErrors, error, pathParam } from '../http/openApiParts.ts';
import { actorFromHeaders } from '../http/requestActor.ts';
import { defineRoute } from '../http/routeDefinition.ts';

const stageImport = defineRoute({
  method: 'POST',
  path: '/api/v1/catalog/imports',
  summary:
    'Read a service catalogue file (format csv, backstage or servicenow) and answer its diff; nothing changes until it is accepted',
  body: stageCatalogImportInput,
  responses: {
    '201': { description: 'The staged import: its id and its changes, field by field' },
    ...commonErrors,
  },
  async handle({ api, request, response, body }) {
    sendJson(
      response,
      201,
      await api.execute('stageCatalogImport', body, actorFromHeaders(request)),
    );
  },
});

const getImport = defineRoute({
  method: 'GET',
  path: '/api/v1/catalog/imports/{id}',
  summary: 'One catalogue import with its diff and whether it was applied or discarded',
  parameters: [pathParam('id')],
  responses: {
    '200': { description: 'The import' },
    ...commonErrors,
    '404': error('No such import'),
  },
  async handle({ api, response, params }) {
    const imported = await kindStore(api.database).get('catalogImports', params.id ?? '');
    if (!imported) throw notFound('catalogue import', params.id ?? '');
    sendJson(response, 200, imported);
  },
});

const acceptImport = defineRoute({
  method: 'POST',
  path: '/api/v1/catalog/imports/{id}/accept',
  summary: 'Accept all or some changes of a staged import (`accept`: "all" or change ids)',
  parameters: [pathParam('id')],
  body: applyCatalogImportInput.omit({ importId: true }),
  responses: {
    '200': { description: 'The applied import' },
    ...commonErrors,
    '404': error('No such import'),
    '409': error('Already decided, or the catalogue changed since the file was read'),
  },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, importId: params.id };
    sendJson(
      response,
      200,
      await api.execute('applyCatalogImport', input, actorFromHeaders(request)),
    );
  },
});

const discardImport = defineRoute({
  method: 'POST',
  path: '/api/v1/catalog/imports/{id}/discard',
  summary: 'Discard a staged import: nothing changes',
  parameters: [pathParam('id')],
  body: discardCatalogImportInput.omit({ importId: true }),
  responses: { '200': { description: 'The discarded import' }, ...commonErrors },
  async handle({ api, request, response, params }) {
    const input = { importId: params.id };
    sendJson(
      response,
      200,
      await api.execute('discardCatalogImport', input, actorFromHeaders(request)),
    );
  },
});

const listServices = defineRoute({
  method: 'GET',
  path: '/api/v1/catalog/services',
  summary:
    'The service catalogue: each service with its owner, dependencies, RACI and any ownership conflict',
  responses: { '200': { description: 'Services' }, ...commonErrors },
  async handle({ api, response }) {
    const services = await kindStore(api.database).find('catalogServices', {});
    sendJson(
      response,
      200,
      services.map((service) => ({ ...service, conflict: ownershipConflict(service) ?? null })),
    );
  },
});

export const catalogRoutes = [stageImport, getImport, acceptImport, discardImport, listServices];
