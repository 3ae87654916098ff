import type { OrganisationUnitDoc } from '../schema/organisationUnit.ts';
import type { KindStore } from '../store/kindStore.ts';
import type { IncidentEvents, MeasuredIncident } from './incidentMeasures.ts';
import { incidentEvents } from './incidentEvents.ts';

/** Everything the metrics read, gathered from the store once. */
export interface MetricsRecords {
  incidents: MeasuredIncident[];
  events: Map<string, IncidentEvents>;
  teamOfService: Map<string, string>;
  /** Service and team names by id, for labels. */
  names: Map<string, string>;
}

/** Service → owning team, and every unit's name, from the organisation records. */
export function organisationLookups(units: readonly OrganisationUnitDoc[]) {
  const teamOfService = new Map<string, string>();
  const names = new Map<string, string>();
  for (const unit of units) {
    names.set(unit.id, unit.name);
    if (unit.service) teamOfService.set(unit.id, unit.service.ownerTeamId);
  }
  return { teamOfService, names };
}

export async function loadMetricsRecords(store: KindStore): Promise<MetricsRecords> {
  const [incidents, alerts, escalations, units] = await Promise.all([
    store.find('incidents', {}),
    store.find('alerts', { selector: { incidentId: { $exists: true } } }),
    store.find('escalations', {}),
    store.find('organisation', { selector: { kind: { $in: ['team', 'service'] } } }),
  ]);
  return {
    incidents,
    events: incidentEvents(alerts, escalations),
    ...organisationLookups(units),
  };
}
