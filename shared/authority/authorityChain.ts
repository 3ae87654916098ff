import {
  describeUnavailability,
  unavailability,
  type AvailabilityMap,
  type Unavailability,
} from './availability.ts';
import type { AuthorityHolder, DecisionAuthority } from './matrixSchema.ts';
import { holdersOf, roleLabel, type IncidentRoleAssignment } from './roles.ts';

export interface AuthorityContext {
  actorId: string;
  incidentRoles: readonly IncidentRoleAssignment[];
  availability: AvailabilityMap;
  now: Date;
  /** Display names by person id, for messages; ids are shown when absent. */
  names?: Readonly<Record<string, string>>;
  /** Role labels by role id, from the organisation's command structure. */
  roleLabels?: Readonly<Record<string, string>>;
}

/** One place in a decision's chain: the holder (index 0) or a fallback. */
export interface ChainLink {
  holder: AuthorityHolder;
  /** The place without its people: "the Incident Commander", or a named person. */
  title: string;
  /** How a commander names it: "the Incident Commander (Dana Ruiz)", "Priya Raman". */
  label: string;
  personIds: string[];
  availableIds: string[];
  /** Why nobody in this place can act, e.g. "the Incident Commander (Dana Ruiz) is away". */
  unavailableBecause: string;
}

function personName(personId: string, context: AuthorityContext): string {
  return context.names?.[personId] ?? personId;
}

function linkTitle(holder: AuthorityHolder, context: AuthorityContext): string {
  return holder.kind === 'person'
    ? personName(holder.personId, context)
    : `the ${roleLabel(holder.role, context.roleLabels)}`;
}

function linkLabel(
  holder: AuthorityHolder,
  personIds: string[],
  context: AuthorityContext,
): string {
  if (holder.kind === 'person') return personName(holder.personId, context);
  const who =
    personIds.length > 0 ? personIds.map((p) => personName(p, context)).join(', ') : 'unassigned';
  return `${linkTitle(holder, context)} (${who})`;
}

function whyUnavailable(
  title: string,
  label: string,
  reasons: { personId: string; reason: Unavailability | undefined }[],
  silentAfterMinutes: number,
  context: AuthorityContext,
): string {
  if (reasons.length === 0) return `nobody is ${title}`;
  const described = reasons.map((r) =>
    r.reason ? describeUnavailability(r.reason, silentAfterMinutes) : 'available',
  );
  if (reasons.length === 1) return `${label} is ${described[0]}`;
  const each = reasons.map((r, i) => `${personName(r.personId, context)} ${described[i]}`);
  return `${label} are all unavailable (${each.join(', ')})`;
}

/** The holder and fallbacks of a decision, each with who fills it in this incident and who of them can act now. */
export function authorityChain(
  authority: DecisionAuthority,
  context: AuthorityContext,
): ChainLink[] {
  return [authority.holder, ...authority.fallbacks].map((holder) => {
    const personIds =
      holder.kind === 'person' ? [holder.personId] : holdersOf(context.incidentRoles, holder.role);
    const reasons = personIds.map((personId) => ({
      personId,
      reason: unavailability(
        personId,
        context.availability,
        context.now,
        authority.silentAfterMinutes,
      ),
    }));
    const title = linkTitle(holder, context);
    const label = linkLabel(holder, personIds, context);
    return {
      holder,
      title,
      label,
      personIds,
      availableIds: reasons.filter((r) => r.reason === undefined).map((r) => r.personId),
      unavailableBecause: whyUnavailable(
        title,
        label,
        reasons,
        authority.silentAfterMinutes,
        context,
      ),
    };
  });
}
