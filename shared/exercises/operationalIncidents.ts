/**
 * Incidents that count: exercises are kept out of every operational count
 * and metric (they are drills, not outages).
 */
export function operationalIncidents<I extends { exercise: boolean }>(
  incidents: readonly I[],
): I[] {
  return incidents.filter((incident) => !incident.exercise);
}

export function exerciseIncidents<I extends { exercise: boolean }>(incidents: readonly I[]): I[] {
  return incidents.filter((incident) => incident.exercise);
}
