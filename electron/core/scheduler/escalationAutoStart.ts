import type { Actor, CommandReads } from '../../../shared/commands/command.ts';
import { escalationDirectory } from '../../../shared/commands/advanceEscalation.ts';
import {
  policyForIncident,
  storedEscalationPolicies,
} from '../../../shared/commands/startEscalation.ts';
import { ACTIVE_STATUSES, type IncidentStatus } from '../../../shared/domain/incident.ts';
import type { EscalationPolicy } from '../../../shared/escalation/policySchema.ts';
import type { IncidentDoc } from '../../../shared/schema/incident.ts';
import { databaseReads } from '../commands/databaseReads.ts';
import { writtenIds } from '../reactions/committedCommands.ts';
import { defineReaction, type ReactionContext } from '../reactions/reaction.ts';

export const AUTO_START_ACTOR: Actor = { kind: 'system', id: 'escalation-auto-start' };
/** After a crash, declarations this recent that never got their escalation still get one. */
export const CATCH_UP_MS = 15 * 60_000;
/** Commands after which an incident may newly need an escalation (declared, or raised in severity). */
export const AUTO_START_COMMANDS: readonly string[] = ['declareIncident', 'reclassifyIncident'];
/** After these, an incident that is over stops paging at once rather than at its next due step. */
export const STOP_COMMANDS: readonly string[] = ['changeIncidentStatus'];

/** Does any level reach a person this workspace knows? A policy that reaches nobody is not started. */
async function reachesSomebody(
  reads: CommandReads,
  incident: IncidentDoc,
  policy: EscalationPolicy,
  at: Date,
): Promise<boolean> {
  const directory = await escalationDirectory(reads, incident);
  for (const target of policy.levels.flatMap((level) => level.targets)) {
    for (const personId of directory.resolve(target, at))
      if (await reads.get('people', personId)) return true;
  }
  return false;
}

async function consider(incidentId: string, context: ReactionContext): Promise<void> {
  const reads = databaseReads(context.database);
  const incident = await reads.get('incidents', incidentId);
  if (!incident || incident.exercise) return;
  if (!ACTIVE_STATUSES.includes(incident.status as IncidentStatus)) return;
  if ((await reads.find('escalations', { incidentId })).length > 0) return;
  const policies = (await storedEscalationPolicies(reads)).map((s) => s.policy);
  const policy = policyForIncident(policies, incident);
  if (!policy) return;
  if (!(await reachesSomebody(reads, incident, policy, context.clock.now()))) {
    context.log(`escalation policy "${policy.name}" reaches nobody in this workspace; not started`);
    return;
  }
  await context.execute('startEscalation', { incidentId, policyId: policy.id }, AUTO_START_ACTOR);
}

/** The incident is over: advanceEscalation sees that and stops its active escalations. */
async function stopIfOver(incidentId: string, context: ReactionContext): Promise<void> {
  const reads = databaseReads(context.database);
  const incident = await reads.get('incidents', incidentId);
  if (!incident || ACTIVE_STATUSES.includes(incident.status as IncidentStatus)) return;
  for (const escalation of await reads.find('escalations', { incidentId, status: 'active' }))
    await context.execute('advanceEscalation', { escalationId: escalation.id }, AUTO_START_ACTOR);
}

/**
 * Starts an escalation when an incident is declared (or reclassified) on
 * this node and its matching policy says so (the policy's severities and
 * services decide; exercises never page), and stops paging as soon as an
 * incident is resolved or closed. A reaction: it follows only this node's
 * commits (peers run their own), replays after a crash from its
 * checkpoint, and is idempotent because it looks before it acts. A
 * declaration older than `CATCH_UP_MS` when it is first seen (a node down
 * for hours) no longer starts paging.
 */
export const escalationAutoStart = defineReaction({
  name: 'escalation-auto-start',
  commands: [...AUTO_START_COMMANDS, ...STOP_COMMANDS],
  async react(command, context) {
    const since = context.clock.now().getTime() - CATCH_UP_MS;
    const [incidentId] = writtenIds(command, 'incidents');
    if (!incidentId || Date.parse(command.at) < since) return;
    if (STOP_COMMANDS.includes(command.name)) await stopIfOver(incidentId, context);
    else await consider(incidentId, context);
  },
});
