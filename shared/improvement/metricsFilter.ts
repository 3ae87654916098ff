import type { Severity } from '../domain/severity.ts';
import type { MeasuredIncident } from './incidentMeasures.ts';

/** Which real incidents the metrics cover: declared in [from, to), of these severities, services, teams. */
export interface MetricsFilter {
  from?: string;
  to?: string;
  severities?: readonly Severity[];
  serviceIds?: readonly string[];
  teamIds?: readonly string[];
}

/** The teams that own an incident's services (the ownership matrix). */
export function teamsOf(
  incident: Pick<MeasuredIncident, 'serviceIds'>,
  teamOfService: ReadonlyMap<string, string>,
): string[] {
  const teams = (incident.serviceIds ?? []).flatMap((id) => {
    const team = teamOfService.get(id);
    return team ? [team] : [];
  });
  return [...new Set(teams)];
}

function overlaps(wanted: readonly string[] | undefined, has: readonly string[]): boolean {
  return !wanted || wanted.length === 0 || has.some((value) => wanted.includes(value));
}

export function matchesFilter(
  incident: MeasuredIncident,
  filter: MetricsFilter,
  teamOfService: ReadonlyMap<string, string>,
): boolean {
  const declared = Date.parse(incident.declaredAt);
  if (filter.from && declared < Date.parse(filter.from)) return false;
  if (filter.to && declared >= Date.parse(filter.to)) return false;
  if (filter.severities?.length && !filter.severities.includes(incident.severity)) return false;
  if (!overlaps(filter.serviceIds, incident.serviceIds ?? [])) return false;
  if (!filter.teamIds?.length) return true;
  return overlaps(filter.teamIds, teamsOf(incident, teamOfService));
}
