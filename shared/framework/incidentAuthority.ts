import {
  authorityChain,
  DECISION_PHRASES,
  matrixEntryFor,
  resolveAuthority,
  roleLabelsOf,
  type AuthorityContext,
  type AuthorityRuling,
  type PersonAvailability,
  type Decision,
  type DecisionAuthorityMatrix,
  type IncidentRoleAssignment,
} from '../authority/index.ts';
import type { CommandContext, CommandReads } from '../commands/command.ts';
import { forbidden } from '../commands/errors.ts';
import { parseEscalationState } from '../escalation/index.ts';
import { commandStructureOrUndefined } from './frameworkReads.ts';

export type AllowedRuling = Extract<AuthorityRuling, { allowed: true }>;

/**
 * Everything resolveAuthority needs about an incident, read from the
 * database: roster availability, and who its running escalations paged
 * without an acknowledgement yet (silent once the matrix's minutes pass).
 */
export async function authorityContextFor(
  reads: CommandReads,
  roles: readonly IncidentRoleAssignment[],
  context: CommandContext,
  incidentId?: string,
): Promise<AuthorityContext> {
  const people = await reads.find('people', {});
  const availability: Record<string, PersonAvailability> = Object.fromEntries(
    people.flatMap((p) => (p.availability ? [[p.id, { status: p.availability.status }]] : [])),
  );
  if (incidentId) await addUnacknowledgedPages(reads, incidentId, availability);
  const structure = await commandStructureOrUndefined(reads);
  return {
    actorId: context.actor.id,
    incidentRoles: roles.map(({ role, personId }) => ({ role, personId })),
    availability,
    now: context.now,
    names: Object.fromEntries(people.map((p) => [p.id, p.displayName])),
    ...(structure ? { roleLabels: roleLabelsOf(structure) } : {}),
  };
}

/** People the current level of an active escalation paged, awaiting acknowledgement since the page. */
async function addUnacknowledgedPages(
  reads: CommandReads,
  incidentId: string,
  availability: Record<string, PersonAvailability>,
): Promise<void> {
  const escalations = await reads.find('escalations', { incidentId, status: 'active' });
  for (const escalation of escalations) {
    let state;
    try {
      state = parseEscalationState(escalation.state);
    } catch {
      continue; // a broken escalation is the scheduler's to report; it proves nobody silent
    }
    if (!state.pagedAt || state.status !== 'active') continue;
    for (const personId of state.pagedPersonIds) {
      const known = availability[personId];
      const since = known?.awaitingAckSince;
      if (since && since <= state.pagedAt) continue;
      availability[personId] = {
        status: known?.status ?? 'available',
        awaitingAckSince: state.pagedAt,
      };
    }
  }
}

/** The ruling when the actor may take the decision; a `forbidden` error with the resolver's reason otherwise. */
export function requireAuthority(
  matrix: DecisionAuthorityMatrix,
  decision: Decision,
  authority: AuthorityContext,
): AllowedRuling {
  const ruling = resolveAuthority(matrix, decision, authority);
  if (!ruling.allowed) throw forbidden(ruling.reason);
  return ruling;
}

/**
 * "on the authority of the Deputy Incident Commander as fallback: the
 * Incident Commander (Dana Ruiz) is away" — the basis of an allowed ruling.
 */
export function describeBasis(
  matrix: DecisionAuthorityMatrix,
  decision: Decision,
  authority: AuthorityContext,
  ruling: AllowedRuling,
): string {
  const entry = matrixEntryFor(matrix, decision);
  if (!entry) return ruling.reason;
  const chain = authorityChain(entry, authority);
  const position = chain.findIndex((link) => link.personIds.includes(authority.actorId));
  const link = chain[position];
  if (!link) return ruling.reason;
  if (ruling.basis === 'holder') return `on the authority of ${link.title}`;
  const before = chain
    .slice(0, position)
    .map((l) => l.unavailableBecause)
    .join('; ');
  return `on the authority of ${link.title} as fallback: ${before}`;
}

/** Who may hand over command or assign roles: the decision whose chain they follow. */
export const COMMAND_AUTHORITY_DECISION: Decision = 'direct-command-structure';
const COMMAND_PHRASE = 'direct the command structure';

/**
 * Command authority (transferring command, assigning roles, opening
 * sub-incidents): the holder of the matrix's direct-command-structure
 * decision (by default the Incident Commander), or its fallbacks while the
 * holder is away, off shift or silent.
 * An incident that nobody commands may be taken over by anyone present.
 */
export function requireCommandAuthority(
  matrix: DecisionAuthorityMatrix,
  authority: AuthorityContext,
  commanderRole = 'incident-commander',
): AllowedRuling {
  const actorName = authority.names?.[authority.actorId] ?? authority.actorId;
  if (!authority.incidentRoles.some((r) => r.role === commanderRole))
    return {
      allowed: true,
      basis: 'holder',
      reason: `Nobody commands the incident, so ${actorName} may ${COMMAND_PHRASE}`,
    };
  const ruling = resolveAuthority(matrix, COMMAND_AUTHORITY_DECISION, authority);
  const phrase = DECISION_PHRASES[COMMAND_AUTHORITY_DECISION];
  const reason = ruling.reason.replaceAll(phrase, COMMAND_PHRASE);
  if (!ruling.allowed) throw forbidden(reason);
  return { ...ruling, reason };
}
