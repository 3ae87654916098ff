import { ACTIVE_STATUSES, type IncidentStatus } from '../domain/incident.ts';
import { severityRank, type Severity } from '../domain/severity.ts';

/** What ordering needs of an incident (the stored document and API shapes both fit). */
export interface OrderableIncident {
  exercise: boolean;
  severity: Severity;
  status: string;
  declaredAt: string;
}

export function isActiveIncident(incident: Pick<OrderableIncident, 'status'>): boolean {
  return ACTIVE_STATUSES.includes(incident.status as IncidentStatus);
}

/**
 * The one order every screen and count uses: a real incident before any
 * exercise (a drill never outranks an outage), then the most severe, then
 * the longest running (it has waited longest).
 */
export function compareByAttention(a: OrderableIncident, b: OrderableIncident): number {
  return (
    Number(a.exercise) - Number(b.exercise) ||
    severityRank(a.severity) - severityRank(b.severity) ||
    a.declaredAt.localeCompare(b.declaredAt)
  );
}

/** Active incidents by attention; settled ones after them, newest first. */
export function sortIncidentsByAttention<I extends OrderableIncident>(
  incidents: readonly I[],
): I[] {
  const active = incidents.filter(isActiveIncident).sort(compareByAttention);
  const settled = incidents
    .filter((incident) => !isActiveIncident(incident))
    .sort((a, b) => b.declaredAt.localeCompare(a.declaredAt));
  return [...active, ...settled];
}

/** The incident every screen leads with (real before exercise), or undefined when all is quiet. */
export function leadingActiveIncident<I extends OrderableIncident>(
  incidents: readonly I[],
): I | undefined {
  return incidents.filter(isActiveIncident).sort(compareByAttention)[0];
}

/** How many active incidents are real and how many are exercises, for "+N more" counts. */
export function countActiveByKind(incidents: readonly OrderableIncident[]): {
  real: number;
  exercises: number;
} {
  const active = incidents.filter(isActiveIncident);
  const exercises = active.filter((incident) => incident.exercise).length;
  return { real: active.length - exercises, exercises };
}
