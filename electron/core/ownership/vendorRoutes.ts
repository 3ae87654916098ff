import {
  engageVendorInput,
  registerVendorInput,
} from '../../../shared/ownership/commands/vendors.ts';
import {
  recordVendorContactInput,
  releaseVendorInput,
} from '../../../shared/ownership/commands/vendorContacts.ts';
import {
  grantVendorAccessInput,
  revokeVendorAccessInput,
} from '../../../shared/ownership/commands/vendorAccess.ts';
import { grantState } from '../../../shared/ownership/vendors/accessGrants.ts';
import { vendorSlaClocks } from '../../../shared/ownership/vendors/slaClocks.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sendJson } from '../http/jsonResponse.ts';
import { commonErrors, error, pathParam } from '../http/openApiParts.ts';
import { actorFromHeaders } from '../http/requestActor.ts';
import { defineRoute } from '../http/routeDefinition.ts';

const registerVendor = defineRoute({
  method: 'POST',
  path: '/api/v1/vendors',
  summary:
    'Register a vendor: contract, supported services, contacts by escalation level, SLAs per severity',
  body: registerVendorInput,
  responses: { '201': { description: 'The vendor' }, ...commonErrors },
  async handle({ api, request, response, body }) {
    sendJson(response, 201, await api.execute('registerVendor', body, actorFromHeaders(request)));
  },
});

const listVendors = defineRoute({
  method: 'GET',
  path: '/api/v1/vendors',
  summary: 'Registered vendors',
  responses: { '200': { description: 'Vendors' }, ...commonErrors },
  async handle({ api, response }) {
    sendJson(response, 200, await kindStore(api.database).find('vendors', {}));
  },
});

const engageVendor = defineRoute({
  method: 'POST',
  path: '/api/v1/incidents/{id}/vendors',
  summary: "Engage a vendor on an incident: the SLA for the incident's severity starts",
  parameters: [pathParam('id')],
  body: engageVendorInput.omit({ incidentId: true }),
  responses: {
    '201': { description: 'The engagement' },
    ...commonErrors,
    '404': error('No such incident or vendor'),
    '409': error('No SLA for the severity, or already engaged'),
  },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, incidentId: params.id };
    sendJson(response, 201, await api.execute('engageVendor', input, actorFromHeaders(request)));
  },
});

const incidentVendors = defineRoute({
  method: 'GET',
  path: '/api/v1/incidents/{id}/vendors',
  summary:
    "An incident's vendor engagements with their SLA clocks as of now (running, due-soon, breached, met, met-late)",
  parameters: [pathParam('id')],
  responses: { '200': { description: 'Engagements with clocks' }, ...commonErrors },
  async handle({ api, response, params }) {
    const engagements = await kindStore(api.database).find('vendorEngagements', {
      selector: { incidentId: params.id ?? '' },
    });
    const now = new Date();
    sendJson(
      response,
      200,
      engagements.map((engagement) => ({
        ...engagement,
        clocks: vendorSlaClocks(engagement, now),
      })),
    );
  },
});

const recordContact = defineRoute({
  method: 'POST',
  path: '/api/v1/vendor-engagements/{id}/contacts',
  summary: 'Record a contact with an engaged vendor (call, e-mail, ticket) and any commitment',
  parameters: [pathParam('id')],
  body: recordVendorContactInput.omit({ engagementId: true }),
  responses: { '200': { description: 'The engagement' }, ...commonErrors },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, engagementId: params.id };
    sendJson(
      response,
      200,
      await api.execute('recordVendorContact', input, actorFromHeaders(request)),
    );
  },
});

const release = defineRoute({
  method: 'POST',
  path: '/api/v1/vendor-engagements/{id}/release',
  summary: 'Release an engaged vendor: its SLA clocks stop',
  parameters: [pathParam('id')],
  body: releaseVendorInput.omit({ engagementId: true }),
  responses: { '200': { description: 'The engagement' }, ...commonErrors },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, engagementId: params.id };
    sendJson(response, 200, await api.execute('releaseVendor', input, actorFromHeaders(request)));
  },
});

const grantAccess = defineRoute({
  method: 'POST',
  path: '/api/v1/incidents/{id}/vendor-access',
  summary:
    'Give a vendor engineer access to this incident until an expiry within the policy maximum (commander or administrator)',
  parameters: [pathParam('id')],
  body: grantVendorAccessInput.omit({ incidentId: true }),
  responses: { '201': { description: 'The grant' }, ...commonErrors },
  async handle({ api, request, response, params, body }) {
    const input = { ...body, incidentId: params.id };
    sendJson(
      response,
      201,
      await api.execute('grantVendorAccess', input, actorFromHeaders(request)),
    );
  },
});

const listAccess = defineRoute({
  method: 'GET',
  path: '/api/v1/incidents/{id}/vendor-access',
  summary:
    "This incident's vendor access grants, each with its state on this node's clock (active, expiring, expired, revoked)",
  parameters: [pathParam('id')],
  responses: { '200': { description: 'Grants' }, ...commonErrors },
  async handle({ api, response, params }) {
    const grants = await kindStore(api.database).find('vendorAccessGrants', {
      selector: { incidentId: params.id ?? '' },
    });
    const now = new Date();
    sendJson(
      response,
      200,
      grants.map((grant) => ({ ...grant, state: grantState(grant, now) })),
    );
  },
});

const revokeAccess = defineRoute({
  method: 'POST',
  path: '/api/v1/vendor-access/{id}/revoke',
  summary: "End a vendor engineer's access now",
  parameters: [pathParam('id')],
  body: revokeVendorAccessInput.omit({ grantId: true }),
  responses: { '200': { description: 'The revoked grant' }, ...commonErrors },
  async handle({ api, request, response, params }) {
    sendJson(
      response,
      200,
      await api.execute('revokeVendorAccess', { grantId: params.id }, actorFromHeaders(request)),
    );
  },
});

export const vendorRoutes = [
  grantAccess,
  listAccess,
  revokeAccess,
  registerVendor,
  listVendors,
  engageVendor,
  incidentVendors,
  recordContact,
  release,
];
