import { z } from 'zod';
import { ACTIVE_STATUSES, type IncidentStatus } from '../domain/incident.ts';
import { startEscalation as startMachine } from '../escalation/escalationMachine.ts';
import { parseEscalationPolicy } from '../escalation/parsePolicy.ts';
import type { EscalationPolicy } from '../escalation/policySchema.ts';
import { selectEscalationPolicy } from '../escalation/selectPolicy.ts';
import type { EscalationDoc } from '../schema/escalation.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import {
  advanceTo,
  escalationDirectory,
  escalationDocument,
  escalationEntry,
} from './advanceEscalation.ts';
import { defineCommand, type CommandReads } from './command.ts';
import { conflict, notFound } from './errors.ts';

export const startEscalationInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    /** A policy's id; when absent the policy is chosen from the incident's services and severity. */
    policyId: z.string().min(1).max(64).optional(),
  })
  .strict();

/** Every stored escalation policy that parses; a broken one is skipped rather than blocking the rest. */
export async function storedEscalationPolicies(
  reads: CommandReads,
): Promise<{ frameworkId: string; policy: EscalationPolicy }[]> {
  const docs = await reads.find('frameworks', { kind: 'escalationPolicy' });
  return docs.flatMap((doc) => {
    try {
      return [{ frameworkId: doc.id, policy: parseEscalationPolicy(doc.definition) }];
    } catch {
      return [];
    }
  });
}

/**
 * The policy for an incident: the most specific match over its services
 * (a service-specific policy beats a severity-only or catch-all one).
 */
export function policyForIncident(
  policies: readonly EscalationPolicy[],
  incident: Pick<IncidentDoc, 'serviceIds' | 'severity'>,
): EscalationPolicy | undefined {
  const severity = incident.severity as Parameters<typeof selectEscalationPolicy>[1]['severity'];
  const serviceIds = incident.serviceIds?.length ? incident.serviceIds : [''];
  const candidates = serviceIds.flatMap((serviceId) => {
    const policy = selectEscalationPolicy(policies, { serviceId, severity });
    return policy ? [policy] : [];
  });
  return candidates.find((p) => p.serviceIds.length > 0) ?? candidates[0];
}

async function choosePolicy(
  reads: CommandReads,
  incident: IncidentDoc,
  policyId: string | undefined,
): Promise<EscalationPolicy> {
  const stored = await storedEscalationPolicies(reads);
  if (policyId) {
    const found = stored.find((s) => s.policy.id === policyId || s.frameworkId === policyId);
    if (!found) throw notFound('escalation policy', policyId);
    return found.policy;
  }
  const policy = policyForIncident(
    stored.map((s) => s.policy),
    incident,
  );
  if (!policy) {
    const services = incident.serviceIds?.length ? ` on ${incident.serviceIds.join(', ')}` : '';
    throw notFound(`escalation policy for ${incident.severity}${services}`, incident.id);
  }
  return policy;
}

/** Start paging for an incident under a policy; level 1 is paged at once. */
export const startEscalation = defineCommand({
  name: 'startEscalation',
  summary: 'Start escalating an incident under its escalation policy (pages level 1 now)',
  input: startEscalationInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await reads.get('incidents', input.incidentId);
    if (!incident) throw notFound('incident', input.incidentId);
    if (!ACTIVE_STATUSES.includes(incident.status as IncidentStatus))
      throw conflict(
        `${incident.reference} is ${incident.status}: there is nobody left to page for`,
      );
    const running = await reads.find('escalations', { incidentId: incident.id, status: 'active' });
    if (running[0])
      throw conflict(
        `${incident.reference} is already escalating under "${running[0].policyName}"; acknowledge it first`,
      );
    const policy = await choosePolicy(reads, incident, input.policyId);
    const started: EscalationDoc = {
      id: context.newId('esc'),
      incidentId: incident.id,
      policyId: policy.id,
      policyName: policy.name,
      status: 'active',
      state: {},
      nextDueAt: '',
      startedAt: context.now.toISOString(),
      ownerNodeId: context.nodeId,
      hlc: context.nextHlc(),
    };
    const opening = escalationEntry(
      context,
      incident.id,
      `Escalation started under "${policy.name}" (${policy.levels.length} level(s), ${policy.repeat} repeat(s))`,
      started.startedAt,
    );
    const directory = await escalationDirectory(reads, incident);
    const state = startMachine(policy, context.now);
    const advanced = await advanceTo(reads, context, started, state, directory, context.now);
    const escalation = escalationDocument(started, advanced.state, context);
    return {
      writes: [{ kind: 'escalations', document: escalation }, opening, ...advanced.writes],
      result: { escalation, pages: advanced.pages },
    };
  },
});
