import type { MeasuredIncident } from './incidentMeasures.ts';

/** A recurrence: an incident on a service that had one of the same category shortly before. */
export interface Recurrence {
  incidentId: string;
  reference: string;
  previousId: string;
  previousReference: string;
  serviceId: string;
  category: string;
  daysApart: number;
}

const DAY_MS = 86_400_000;

/**
 * The cause category an incident is grouped by. Until post-incident reviews
 * record root-cause categories, the incident type stands for it (stated in
 * docs/metrics.md).
 */
export function causeCategory(incident: Pick<MeasuredIncident, 'type'>): string {
  return incident.type;
}

/**
 * Incidents that recur: same service and same cause category as an earlier
 * incident declared within `windowDays` before. Exercises never count. Each
 * incident is matched to its nearest earlier one.
 */
export function recurrences(
  incidents: readonly MeasuredIncident[],
  windowDays: number,
): Recurrence[] {
  const real = incidents
    .filter((incident) => !incident.exercise)
    .map((incident) => ({ incident, declared: Date.parse(incident.declaredAt) }))
    .sort((a, b) => a.declared - b.declared);
  const lastSeen = new Map<string, { incident: MeasuredIncident; declared: number }>();
  const found: Recurrence[] = [];
  for (const seen of real) {
    const { incident } = seen;
    const category = causeCategory(incident);
    let matched = false;
    for (const serviceId of incident.serviceIds ?? []) {
      const key = `${serviceId}\u0000${category}`;
      const previous = lastSeen.get(key);
      lastSeen.set(key, seen);
      if (!previous || matched) continue;
      const daysApart = (seen.declared - previous.declared) / DAY_MS;
      if (daysApart > windowDays) continue;
      matched = true;
      found.push({
        incidentId: incident.id,
        reference: incident.reference,
        previousId: previous.incident.id,
        previousReference: previous.incident.reference,
        serviceId,
        category,
        daysApart: Math.round(daysApart * 10) / 10,
      });
    }
  }
  return found;
}
