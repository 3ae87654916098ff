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
import { FRAMEWORK_KINDS } from '../../../shared/schema/framework.ts';
import type { ApiContext } from './apiContext.ts';
import { sendJson } from './jsonResponse.ts';
import { readJsonBody } from './requestBody.ts';
import { requireIncident } from './requireIncident.ts';
import { actorFromHeaders } from './requestActor.ts';
import type { RouteRequest, Router } from './router.ts';
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

/** POST/PUT a command whose body is the input minus the path ids. */
function commandRoute(
  api: ApiContext,
  command: BodyCommand,
  status: 200 | 201,
  pathInput: (params: Record<string, string>) => Record<string, unknown>,
) {
  return async ({ request, response, params }: RouteRequest) => {
    const actor = actorFromHeaders(request);
    const body = parseOrInvalid(
      incidentCommandBodies[command] as z.ZodType,
      await readJsonBody(request),
    );
    const result = await api.execute(command, { ...(body as object), ...pathInput(params) }, actor);
    sendJson(response, status, result);
  };
}

const incidentId = (params: Record<string, string>) => ({ incidentId: params.id ?? '' });

/** HTTP API v1 for incident command: roles, command, classification, decisions, status, playbooks, sub-incidents. */
export function registerIncidentCommandRoutes(router: Router, api: ApiContext): void {
  const base = '/api/v1/incidents/{id}';
  router.add('POST', `${base}/roles`, commandRoute(api, 'assignRole', 200, incidentId));
  router.add(
    'DELETE',
    `${base}/roles/{role}/{personId}`,
    commandRoute(api, 'releaseRole', 200, (p) => ({
      ...incidentId(p),
      role: p.role ?? '',
      personId: p.personId ?? '',
    })),
  );
  router.add(
    'POST',
    `${base}/transfer-command`,
    commandRoute(api, 'transferCommand', 200, incidentId),
  );
  router.add(
    'POST',
    `${base}/reclassify`,
    commandRoute(api, 'reclassifyIncident', 200, incidentId),
  );
  router.add('POST', `${base}/decisions`, commandRoute(api, 'recordDecision', 201, incidentId));
  router.add('POST', `${base}/status`, commandRoute(api, 'changeIncidentStatus', 200, incidentId));
  router.add(
    'POST',
    `${base}/playbook/steps/{stepId}/complete`,
    commandRoute(api, 'completePlaybookStep', 200, (p) => ({
      ...incidentId(p),
      stepId: p.stepId ?? '',
    })),
  );
  router.add(
    'PUT',
    `${base}/playbook/steps/{stepId}/checklist/{itemIndex}`,
    commandRoute(api, 'checkPlaybookItem', 200, (p) => ({
      ...incidentId(p),
      stepId: p.stepId ?? '',
      itemIndex: /^\d{1,3}$/.test(p.itemIndex ?? '') ? Number(p.itemIndex) : p.itemIndex,
    })),
  );
  router.add(
    'POST',
    `${base}/sub-incidents`,
    commandRoute(api, 'declareSubIncident', 201, (p) => ({ parentId: p.id ?? '' })),
  );
  router.add(
    'PUT',
    '/api/v1/people/{id}/availability',
    commandRoute(api, 'setAvailability', 200, (p) => ({ personId: p.id ?? '' })),
  );
  router.add('GET', `${base}/decisions`, async ({ response, params }) => {
    const incident = await requireIncident(api, params.id ?? '');
    const decisions = await kindStore(api.database).find('decisions', {
      selector: { incidentId: incident.id },
      sort: [{ incidentId: 'asc' }, { hlc: 'asc' }],
    });
    sendJson(response, 200, decisions);
  });
  router.add('GET', '/api/v1/frameworks', async ({ response, url }) => {
    const query = parseOrInvalid(frameworkListQuery, Object.fromEntries(url.searchParams));
    const frameworks = await kindStore(api.database).find('frameworks', {
      selector: query.kind ? { kind: query.kind } : {},
      sort: [{ kind: 'asc' }, { name: 'asc' }],
    });
    sendJson(response, 200, frameworks);
  });
}
