import { SEVERITIES, type Severity } from '../../../../shared/domain/severity.ts';
import {
  leadingActiveIncident,
  sortIncidentsByAttention,
} from '../../../../shared/incidents/incidentOrder.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';

/** The commander's list: active incidents first, real before exercise, by severity; then the rest, newest first. */
export function sortIncidentsForConsole(incidents: readonly IncidentDoc[]): IncidentDoc[] {
  return sortIncidentsByAttention(incidents);
}

/** The incident every screen leads with (a real one before any exercise), or undefined when all is quiet. */
export function mostSevereActiveIncident(
  incidents: readonly IncidentDoc[],
): IncidentDoc | undefined {
  return leadingActiveIncident(incidents);
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
