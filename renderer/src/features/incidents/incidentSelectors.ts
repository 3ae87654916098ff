import { ACTIVE_STATUSES, type IncidentStatus } from '../../../../shared/domain/incident.ts';
import { SEVERITIES, severityRank, type Severity } from '../../../../shared/domain/severity.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';

export function isActiveIncident(incident: Pick<IncidentDoc, 'status'>): boolean {
  return ACTIVE_STATUSES.includes(incident.status as IncidentStatus);
}

/** Most severe first; among equals, the longest-running first (it has waited longest). */
export function compareBySeverity(a: IncidentDoc, b: IncidentDoc): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) || a.declaredAt.localeCompare(b.declaredAt)
  );
}

/** The commander's list: active incidents first, by severity; then the rest, newest first. */
export function sortIncidentsForConsole(incidents: readonly IncidentDoc[]): IncidentDoc[] {
  const active = incidents.filter(isActiveIncident).sort(compareBySeverity);
  const settled = incidents
    .filter((incident) => !isActiveIncident(incident))
    .sort((a, b) => b.declaredAt.localeCompare(a.declaredAt));
  return [...active, ...settled];
}

/** The incident every screen leads with, or undefined when all is quiet. */
export function mostSevereActiveIncident(
  incidents: readonly IncidentDoc[],
): IncidentDoc | undefined {
  return incidents.filter(isActiveIncident).sort(compareBySeverity)[0];
}

/** How many incidents there are at each severity (zero included). */
export function countBySeverity(incidents: readonly IncidentDoc[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<
    Severity,
    number
  >;
  for (const incident of incidents) counts[incident.severity] += 1;
  return counts;
}
