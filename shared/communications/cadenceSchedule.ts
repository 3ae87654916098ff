import type { CommandReads } from '../commands/command.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { cadenceChanges, type CadenceChange } from './cadencePlanning.ts';
import { cadencePolicyOrUndefined } from './communicationReads.ts';
import type { CadencePolicy } from './configSchemas.ts';

/** The cadence policy and what it would change for an incident now (nothing without a policy). */
export async function cadencePlanningFor(
  reads: CommandReads,
  incident: IncidentDoc,
): Promise<{ policy: CadencePolicy | undefined; changes: CadenceChange[] }> {
  const policy = await cadencePolicyOrUndefined(reads);
  if (!policy) return { policy, changes: [] };
  const existing = await reads.find('communications', { incidentId: incident.id, kind: 'cadence' });
  const messages = await reads.find('communications', { incidentId: incident.id, kind: 'message' });
  const lastSent: Record<string, string> = {};
  for (const m of messages)
    if (m.sentAt && m.sentAt > (lastSent[m.audienceId] ?? '')) lastSent[m.audienceId] = m.sentAt;
  return { policy, changes: cadenceChanges(policy, incident, existing, lastSent) };
}
