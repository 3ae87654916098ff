import { z } from 'zod';
import { assignRoleInput } from '../../../shared/commands/assignRole.ts';
import { changeIncidentStatusInput } from '../../../shared/commands/changeIncidentStatus.ts';
import { checkPlaybookItemInput } from '../../../shared/commands/checkPlaybookItem.ts';
import { completePlaybookStepInput } from '../../../shared/commands/completePlaybookStep.ts';
import { declareSubIncidentInput } from '../../../shared/commands/declareSubIncident.ts';
import { reclassifyIncidentInput } from '../../../shared/commands/reclassifyIncident.ts';
import { recordDecisionInput } from '../../../shared/commands/recordDecision.ts';
import { releaseRoleInput } from '../../../shared/commands/releaseRole.ts';
import { setAvailabilityInput } from '../../../shared/commands/setAvailability.ts';
import { transferCommandInput } from '../../../shared/commands/transferCommand.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { decisionShape } from '../../../shared/schema/decision.ts';
import { FRAMEWORK_KINDS, frameworkShape } from '../../../shared/schema/framework.ts';
import { personShape } from '../../../shared/schema/person.ts';
import { sendJson } from './jsonResponse.ts';
import { actorHeader, documentSchema, error, json, pathParam } from './openApiParts.ts';
import { readJsonBody } from './requestBody.ts';
import { requireIncident } from './requireIncident.ts';
import { requestActor } from './requestActor.ts';
import { defineRoute, type HttpMethod } from './routeDefinition.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

/** Request bodies: each command's input without the ids the path carries. */
export const incidentCommandBodies = {
  assignRole: assignRoleInput.omit({ incidentId: true }),
  releaseRole: releaseRoleInput.omit({ incidentId: true, role: true, personId: true }),
  transferCommand: transferCommandInput.omit({ incidentId: true }),
  reclassifyIncident: reclassifyIncidentInput.omit({ incidentId: true }),
  recordDecision: recordDecisionInput.omit({ incidentId: true }),
  changeIncidentStatus: changeIncidentStatusInput.omit({ incidentId: true }),
  completePlaybookStep: completePlaybookStepInput.omit({ incidentId: true, stepId: true }),
  checkPlaybookItem: checkPlaybookItemInput.omit({
    incidentId: true,
    stepId: true,
    itemIndex: true,
  }),
  declareSubIncident: declareSubIncidentInput.omit({ parentId: true }),
  setAvailability: setAvailabilityInput.omit({ personId: true }),
} as const;
type BodyCommand = keyof typeof incidentCommandBodies;

export const frameworkListQuery = z.object({ kind: z.enum(FRAMEWORK_KINDS).optional() }).strict();

const errors = {
  '400': error('Invalid input: the field and the reason'),
  '401': error('Missing or wrong bearer token'),
  '403': error('Not allowed: who may act instead, from the decision-authority matrix'),
  '404': error('No such incident or person'),
  '409': error('Conflicts with the incident’s state or the command structure'),
};
const actor = actorHeader('Person id to act as; authority is checked for this person');
const incident = json({ $ref: '#/components/schemas/Incident' });
const base = '/api/v1/incidents/{id}';
type PathInput = (params: Record<string, string>) => Record<string, unknown>;
const incidentId: PathInput = (params) => ({ incidentId: params.id ?? '' });

/** A command whose body is its input minus the ids the path carries. */
function commandRoute(options: {
  method: HttpMethod;
  path: string;
  summary: string;
  command: BodyCommand;
  pathInput: PathInput;
  success: { status: '200' | '201'; description: string; content: unknown };
}) {
  const { command, pathInput, success } = options;
  const names = [...options.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  return defineRoute({
    method: options.method,
    path: options.path,
    summary: options.summary,
    parameters: [...names.map(pathParam), actor],
    body: incidentCommandBodies[command] as z.ZodType<Record<string, unknown>>,
    responses: {
      [success.status]: { description: success.description, ...(success.content as object) },
      ...errors,
    },
    async handle({ api, request, response, params, body }) {
      const result = await api.execute(
        command,
        { ...body, ...pathInput(params) },
        requestActor(request),
      );
      sendJson(response, Number(success.status), result);
    },
  });
}

const updated = (description: string) => ({
  status: '200' as const,
  description,
  content: incident,
});

const releaseRole = defineRoute({
  method: 'DELETE',
  path: `${base}/roles/{role}/{personId}`,
  summary: 'Release a person from a command role (not the Incident Commander)',
  parameters: [pathParam('id'), pathParam('role'), pathParam('personId'), actor],
  responses: { '200': { description: 'The incident with its roles', ...incident }, ...errors },
  async handle({ api, request, response, params }) {
    const actorOfRequest = requestActor(request);
    const body = parseOrInvalid(incidentCommandBodies.releaseRole, await readJsonBody(request));
    const input = {
      ...body,
      ...incidentId(params),
      role: params.role ?? '',
      personId: params.personId ?? '',
    };
    sendJson(response, 200, await api.execute('releaseRole', input, actorOfRequest));
  },
});

const decisionLog = defineRoute({
  method: 'GET',
  path: `${base}/decisions`,
  summary: 'The incident’s decision log in clock order',
  parameters: [pathParam('id')],
  responses: {
    '200': {
      description: 'Decisions',
      ...json({ type: 'array', items: documentSchema(decisionShape) }),
    },
    ...errors,
  },
  async handle({ api, response, params }) {
    const found = await requireIncident(api, params.id ?? '');
    const decisions = await kindStore(api.database).find('decisions', {
      selector: { incidentId: found.id },
      sort: [{ incidentId: 'asc' }, { hlc: 'asc' }],
    });
    sendJson(response, 200, decisions);
  },
});

const frameworks = defineRoute({
  method: 'GET',
  path: '/api/v1/frameworks',
  summary:
    'Adopted frameworks: playbooks, criteria, authority matrix, escalation policies, command structure',
  parameters: [
    { name: 'kind', in: 'query', required: false, schema: { enum: [...FRAMEWORK_KINDS] } },
  ],
  responses: {
    '200': {
      description: 'Frameworks',
      ...json({ type: 'array', items: documentSchema(frameworkShape) }),
    },
    ...errors,
  },
  async handle({ api, response, url }) {
    const query = parseOrInvalid(frameworkListQuery, Object.fromEntries(url.searchParams));
    const adopted = await kindStore(api.database).find('frameworks', {
      selector: query.kind ? { kind: query.kind } : {},
      sort: [{ kind: 'asc' }, { name: 'asc' }],
    });
    sendJson(response, 200, adopted);
  },
});

/** HTTP API v1 for incident command: roles, command, classification, decisions, status, playbooks, sub-incidents. */
export const incidentCommandRoutes = [
  commandRoute({
    method: 'POST',
    path: `${base}/roles`,
    summary: 'Assign a command role (Deputy, Communications Lead, SME…)',
    command: 'assignRole',
    pathInput: incidentId,
    success: updated('The incident with its roles'),
  }),
  releaseRole,
  commandRoute({
    method: 'POST',
    path: `${base}/transfer-command`,
    summary: 'Hand command to another person',
    command: 'transferCommand',
    pathInput: incidentId,
    success: updated('The incident with its new commander'),
  }),
  commandRoute({
    method: 'POST',
    path: `${base}/reclassify`,
    summary: 'Raise or lower the severity, or change the type, with the reason',
    command: 'reclassifyIncident',
    pathInput: incidentId,
    success: updated('The reclassified incident'),
  }),
  commandRoute({
    method: 'POST',
    path: `${base}/decisions`,
    summary: 'Record a decision on the authority the matrix gives',
    command: 'recordDecision',
    pathInput: incidentId,
    success: {
      status: '201',
      description: 'The decision-log entry',
      content: json(documentSchema(decisionShape)),
    },
  }),
  decisionLog,
  commandRoute({
    method: 'POST',
    path: `${base}/status`,
    summary: 'Move to investigating, mitigated, resolved or closed',
    command: 'changeIncidentStatus',
    pathInput: incidentId,
    success: updated('The incident'),
  }),
  commandRoute({
    method: 'POST',
    path: `${base}/playbook/steps/{stepId}/complete`,
    summary: 'Mark a step of the attached playbook done',
    command: 'completePlaybookStep',
    pathInput: (p) => ({ ...incidentId(p), stepId: p.stepId ?? '' }),
    success: updated('The incident with playbook progress'),
  }),
  commandRoute({
    method: 'PUT',
    path: `${base}/playbook/steps/{stepId}/checklist/{itemIndex}`,
    summary: 'Tick or untick a checklist item of a playbook step',
    command: 'checkPlaybookItem',
    pathInput: (p) => ({
      ...incidentId(p),
      stepId: p.stepId ?? '',
      itemIndex: /^\d{1,3}$/.test(p.itemIndex ?? '') ? Number(p.itemIndex) : p.itemIndex,
    }),
    success: updated('The incident with playbook progress'),
  }),
  commandRoute({
    method: 'POST',
    path: `${base}/sub-incidents`,
    summary: 'Open a sub-incident for a site, region or business unit (decentralized command)',
    command: 'declareSubIncident',
    pathInput: (p) => ({ parentId: p.id ?? '' }),
    success: { status: '201', description: 'The sub-incident', content: incident },
  }),
  commandRoute({
    method: 'PUT',
    path: '/api/v1/people/{id}/availability',
    summary: 'Set a person available, away or off shift',
    command: 'setAvailability',
    pathInput: (p) => ({ personId: p.id ?? '' }),
    success: {
      status: '200',
      description: 'The person',
      content: json(documentSchema(personShape)),
    },
  }),
  frameworks,
];
