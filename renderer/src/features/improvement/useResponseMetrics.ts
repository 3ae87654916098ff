import { useMemo, useState } from 'react';
import { incidentEvents } from '../../../../shared/improvement/incidentEvents.ts';
import { MeasureCache } from '../../../../shared/improvement/measureCache.ts';
import type { MetricsFilter } from '../../../../shared/improvement/metricsFilter.ts';
import { organisationLookups } from '../../../../shared/improvement/metricsRecords.ts';
import {
  responseMetrics,
  type MetricsInput,
  type ResponseMetrics,
} from '../../../../shared/improvement/responseMetrics.ts';
import type { OrganisationUnitDoc } from '../../../../shared/schema/organisationUnit.ts';
import type { KindQuery } from '../../../../shared/store/kindQuery.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';

export const RECURRENCE_WINDOW_DAYS = 30;

export interface LiveMetrics {
  metrics: ResponseMetrics;
  /** The records the metrics were read from, for KPIs judged over their own scope. */
  base: Omit<MetricsInput, 'filter'>;
  /** Service and team names by id. */
  names: ReadonlyMap<string, string>;
  services: { id: string; name: string }[];
  teams: { id: string; name: string }[];
  loading: boolean;
  error: Error | null;
}

const ALERTS_ON_INCIDENTS = { selector: { incidentId: { $exists: true } } };
const TEAMS_AND_SERVICES: KindQuery<OrganisationUnitDoc> = {
  selector: { kind: { $in: ['team', 'service'] } },
};

/**
 * The response metrics over the live records: recomputed whenever an
 * incident, alert, escalation or the organisation changes, so resolving an
 * incident moves the charts without a reload.
 */
export function useResponseMetrics(filter: MetricsFilter, zone: string): LiveMetrics {
  const incidents = useLiveQuery('incidents', {});
  const alerts = useLiveQuery('alerts', ALERTS_ON_INCIDENTS);
  const escalations = useLiveQuery('escalations', {});
  const units = useLiveQuery('organisation', TEAMS_AND_SERVICES);
  // Kept across renders: a resolve re-measures one incident, not all of them.
  const [cache] = useState(() => new MeasureCache());
  const lookups = useMemo(() => organisationLookups(units.documents), [units.documents]);
  const events = useMemo(
    () => incidentEvents(alerts.documents, escalations.documents),
    [alerts.documents, escalations.documents],
  );
  const base = useMemo(
    () => ({
      incidents: incidents.documents,
      events,
      teamOfService: lookups.teamOfService,
      zone,
      recurrenceWindowDays: RECURRENCE_WINDOW_DAYS,
      cache,
    }),
    [incidents.documents, events, lookups.teamOfService, zone, cache],
  );
  const metrics = useMemo(() => responseMetrics({ ...base, filter }), [base, filter]);
  const named = (kind: 'team' | 'service') =>
    units.documents
      .filter((unit) => unit.kind === kind)
      .map((unit) => ({ id: unit.id, name: unit.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
  return {
    metrics,
    base,
    names: lookups.names,
    services: named('service'),
    teams: named('team'),
    loading: incidents.loading || escalations.loading,
    error: incidents.error ?? alerts.error ?? escalations.error ?? units.error,
  };
}
