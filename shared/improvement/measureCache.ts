import {
  measureIncident,
  type IncidentEvents,
  type IncidentMeasures,
  type MeasuredIncident,
} from './incidentMeasures.ts';
import { hoursBand, monthOf, type BusinessHours, type HoursBand } from './responseHours.ts';

/** One incident's clocks with the month and hours band it was declared in. */
export interface MeasuredEntry {
  measures: IncidentMeasures;
  month: string;
  band: HoursBand;
}

interface Kept {
  signature: string;
  events: IncidentEvents;
  entry: MeasuredEntry;
}

/**
 * Keeps each incident's measures between recomputations: when one incident
 * resolves, the live query hands back every incident again, and only the
 * one whose recorded times changed (or whose alerts and pages did) is
 * measured anew. Without a cache every incident is measured each time.
 */
export class MeasureCache {
  private readonly kept = new Map<string, Kept>();

  entry(incident: MeasuredIncident, events: IncidentEvents, hours: BusinessHours): MeasuredEntry {
    const signature = [
      hours.zone,
      incident.status,
      incident.declaredAt,
      incident.impactStartedAt,
      incident.mitigatedAt,
      incident.resolvedAt,
    ].join('|');
    const kept = this.kept.get(incident.id);
    if (kept && kept.signature === signature && kept.events === events) {
      if (kept.entry.measures.incident !== incident)
        kept.entry = { ...kept.entry, measures: { ...kept.entry.measures, incident } };
      return kept.entry;
    }
    const entry = measuredEntry(incident, events, hours);
    this.kept.set(incident.id, { signature, events, entry });
    return entry;
  }
}

export function measuredEntry(
  incident: MeasuredIncident,
  events: IncidentEvents,
  hours: BusinessHours,
): MeasuredEntry {
  return {
    measures: measureIncident(incident, events),
    month: monthOf(incident.declaredAt, hours.zone),
    band: hoursBand(incident.declaredAt, hours),
  };
}
