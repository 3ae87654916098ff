import type { IncidentStatus, IncidentType } from '../domain/incident.ts';
import type { Severity } from '../domain/severity.ts';
import type { SubIncidentScope } from './commandStructureSchema.ts';
import type { IncidentRoleAssignment } from './roles.ts';

/** One site's, region's or business unit's part of a decentralized incident, with its own lead. */
export interface SubIncident {
  id: string;
  scope: { kind: SubIncidentScope; name: string };
  leadId?: string;
  status: IncidentStatus;
  severity: Severity;
}

/** The command structure of one incident as it stands. */
export interface IncidentCommandStructure {
  incidentType: IncidentType;
  severity: Severity;
  roles: readonly IncidentRoleAssignment[];
  subIncidents: readonly SubIncident[];
}

export function describeScope(subIncident: SubIncident): string {
  const kind =
    subIncident.scope.kind === 'business-unit' ? 'business unit' : subIncident.scope.kind;
  return `the ${kind} ${subIncident.scope.name}`;
}
