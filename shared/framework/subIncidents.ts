import {
  describeScope,
  holdersOf,
  SUB_INCIDENT_SCOPES,
  type SubIncident,
  type SubIncidentScope,
} from '../authority/index.ts';
import type { CommandReads } from '../commands/command.ts';
import type { IncidentStatus } from '../domain/incident.ts';
import type { Severity } from '../domain/severity.ts';
import type { IncidentDoc } from '../schema/incident.ts';

/** A sub-incident's area is stored as "<scope>:<name>", e.g. "region:EMEA". */
export function formatArea(scope: { kind: SubIncidentScope; name: string }): string {
  return `${scope.kind}:${scope.name}`;
}

/** The scope of a stored area; an area without a known scope prefix counts as a site. */
export function parseArea(area: string): { kind: SubIncidentScope; name: string } {
  const separator = area.indexOf(':');
  const kind = area.slice(0, Math.max(separator, 0));
  const known = SUB_INCIDENT_SCOPES.find((scope) => scope === kind);
  return known ? { kind: known, name: area.slice(separator + 1) } : { kind: 'site', name: area };
}

/** "the region EMEA" for an incident's stored area. */
export function describeArea(area: string): string {
  return describeScope({ id: '', scope: parseArea(area), status: 'declared', severity: 'SEV5' });
}

export function asSubIncident(incident: IncidentDoc): SubIncident {
  const leadId = holdersOf(incident.roles ?? [], 'incident-commander')[0];
  return {
    id: incident.id,
    scope: parseArea(incident.area ?? incident.title),
    ...(leadId ? { leadId } : {}),
    status: incident.status as IncidentStatus,
    severity: incident.severity as Severity,
  };
}

/** The sub-incidents opened under a parent, as the command-structure rules take them. */
export async function subIncidentsOf(
  reads: CommandReads,
  parentId: string,
): Promise<SubIncident[]> {
  const children = await reads.find('incidents', { parentId });
  return children.toSorted((a, b) => a.declaredAt.localeCompare(b.declaredAt)).map(asSubIncident);
}
