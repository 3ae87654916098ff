import { holdersOf, type IncidentRoleAssignment } from '../authority/roles.ts';
import type { OnCallRotation } from '../oncall/rotationSchema.ts';
import { whoIsOnCall } from '../oncall/whoIsOnCall.ts';
import type { ResolveTargets } from './escalationMachine.ts';

export interface TargetDirectory {
  rotations: readonly OnCallRotation[];
  /** Roles as they stand in the incident; a replay pages whoever holds them at replay time. */
  incidentRoles: readonly IncidentRoleAssignment[];
}

/**
 * Resolve escalation targets from rotations and incident roles: a rotation
 * means whoever was on call at the moment the page was due, so a replay after
 * a restart pages the same person the live run would have.
 */
export function escalationTargetResolver(directory: TargetDirectory): ResolveTargets {
  return (target, at) => {
    if (target.kind === 'person') return [target.personId];
    if (target.kind === 'role') return holdersOf(directory.incidentRoles, target.role);
    const rotation = directory.rotations.find((r) => r.id === target.rotationId);
    const onCall = rotation ? whoIsOnCall(rotation, at) : null;
    return onCall ? [onCall.personId] : [];
  };
}
