import {
  actorHeader,
  documentSchema,
  error,
  json,
  pathParam,
  requestSchema,
} from './openApiParts.ts';
import { decisionShape } from '../../../shared/schema/decision.ts';
import { FRAMEWORK_KINDS, frameworkShape } from '../../../shared/schema/framework.ts';
import { personShape } from '../../../shared/schema/person.ts';
import { incidentCommandBodies } from './incidentCommandRoutes.ts';

const errors = {
  '400': error('Invalid input: the field and the reason'),
  '401': error('Missing or wrong bearer token'),
  '403': error('Not allowed: who may act instead, from the decision-authority matrix'),
  '404': error('No such incident or person'),
  '409': error('Conflicts with the incident’s state or the command structure'),
};
const actor = actorHeader('Person id to act as; authority is checked for this person');
const incident = json({ $ref: '#/components/schemas/Incident' });

function command(
  summary: string,
  body: keyof typeof incidentCommandBodies,
  params: string[],
  success: { status: '200' | '201'; description: string; content: unknown },
) {
  return {
    summary,
    parameters: [...params.map(pathParam), actor],
    requestBody: { required: true, ...json(requestSchema(incidentCommandBodies[body])) },
    responses: {
      [success.status]: { description: success.description, ...(success.content as object) },
      ...errors,
    },
  };
}

const updated = (description: string) => ({
  status: '200' as const,
  description,
  content: incident,
});
const base = '/api/v1/incidents/{id}';

/** OpenAPI paths of the incident-command endpoints, request bodies from the commands' zod schemas. */
export const incidentCommandOpenApiPaths: Record<string, unknown> = {
  [`${base}/roles`]: {
    post: command(
      'Assign a command role (Deputy, Communications Lead, SME…)',
      'assignRole',
      ['id'],
      updated('The incident with its roles'),
    ),
  },
  [`${base}/roles/{role}/{personId}`]: {
    delete: {
      summary: 'Release a person from a command role (not the Incident Commander)',
      parameters: [pathParam('id'), pathParam('role'), pathParam('personId'), actor],
      responses: { '200': { description: 'The incident with its roles', ...incident }, ...errors },
    },
  },
  [`${base}/transfer-command`]: {
    post: command(
      'Hand command to another person',
      'transferCommand',
      ['id'],
      updated('The incident with its new commander'),
    ),
  },
  [`${base}/reclassify`]: {
    post: command(
      'Raise or lower the severity, or change the type, with the reason',
      'reclassifyIncident',
      ['id'],
      updated('The reclassified incident'),
    ),
  },
  [`${base}/decisions`]: {
    post: command('Record a decision on the authority the matrix gives', 'recordDecision', ['id'], {
      status: '201',
      description: 'The decision-log entry',
      content: json(documentSchema(decisionShape)),
    }),
    get: {
      summary: 'The incident’s decision log in clock order',
      parameters: [pathParam('id')],
      responses: {
        '200': {
          description: 'Decisions',
          ...json({ type: 'array', items: documentSchema(decisionShape) }),
        },
        ...errors,
      },
    },
  },
  [`${base}/status`]: {
    post: command(
      'Move to investigating, mitigated, resolved or closed',
      'changeIncidentStatus',
      ['id'],
      updated('The incident'),
    ),
  },
  [`${base}/playbook/steps/{stepId}/complete`]: {
    post: command(
      'Mark a step of the attached playbook done',
      'completePlaybookStep',
      ['id', 'stepId'],
      updated('The incident with playbook progress'),
    ),
  },
  [`${base}/playbook/steps/{stepId}/checklist/{itemIndex}`]: {
    put: command(
      'Tick or untick a checklist item of a playbook step',
      'checkPlaybookItem',
      ['id', 'stepId', 'itemIndex'],
      updated('The incident with playbook progress'),
    ),
  },
  [`${base}/sub-incidents`]: {
    post: command(
      'Open a sub-incident for a site, region or business unit (decentralized command)',
      'declareSubIncident',
      ['id'],
      {
        status: '201',
        description: 'The sub-incident',
        content: incident,
      },
    ),
  },
  '/api/v1/people/{id}/availability': {
    put: command('Set a person available, away or off shift', 'setAvailability', ['id'], {
      status: '200',
      description: 'The person',
      content: json(documentSchema(personShape)),
    }),
  },
  '/api/v1/frameworks': {
    get: {
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
    },
  },
};
