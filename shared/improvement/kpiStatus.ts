import type { KpiDoc, KpiMeasure } from '../schema/kpi.ts';
import { measureIncident, NO_EVENTS, type IncidentMeasures } from './incidentMeasures.ts';
import { matchesFilter, type MetricsFilter } from './metricsFilter.ts';
import { responseMetrics, type MetricsInput, type ResponseMetrics } from './responseMetrics.ts';

/** One month of a KPI: its value (none when nothing was measured) and whether it met the target. */
export interface KpiMonth {
  month: string;
  value?: number;
  met?: boolean;
}

export interface KpiStatus {
  kpi: KpiDoc;
  /** Oldest first; the last is the month being judged. */
  months: KpiMonth[];
  /** The incidents of the last month over the target: slower than it, or a repeat. */
  behindMiss: IncidentMeasures[];
}

/** A calendar month in the metrics' zone: its key and its bounds as instants. */
export interface MonthBounds {
  month: string;
  from: string;
  to: string;
}

const CLOCK_OF = { mtta: 'acknowledge', mttr: 'resolve' } as const;

function valueOf(metrics: ResponseMetrics, measure: KpiMeasure): number | undefined {
  if (measure === 'recurrence-rate') return metrics.count ? metrics.recurrenceRate : undefined;
  const [family, stat] = measure.split('-') as ['mtta' | 'mttr', 'median' | 'p90'];
  return metrics.overall[CLOCK_OF[family]][stat];
}

function missedBy(
  kpi: KpiDoc,
  metrics: ResponseMetrics,
  input: Omit<MetricsInput, 'filter'>,
  filter: MetricsFilter,
) {
  const repeats = new Set(metrics.recurrences.map((r) => r.incidentId));
  const clock =
    kpi.measure === 'recurrence-rate'
      ? undefined
      : CLOCK_OF[kpi.measure.slice(0, 4) as 'mtta' | 'mttr'];
  return input.incidents
    .filter(
      (incident) => !incident.exercise && matchesFilter(incident, filter, input.teamOfService),
    )
    .map((incident) => measureIncident(incident, input.events.get(incident.id) ?? NO_EVENTS))
    .filter((m) => (clock ? (m.minutes[clock] ?? -1) > kpi.target : repeats.has(m.incident.id)));
}

/**
 * A KPI month by month over the real incidents of its services and
 * severities (exercises never count): each month met when its value is at
 * most the target, no verdict when nothing was measured, and the incidents
 * behind a miss in the last month.
 */
export function kpiStatus(
  kpi: KpiDoc,
  input: Omit<MetricsInput, 'filter'>,
  months: readonly MonthBounds[],
): KpiStatus {
  const scope: MetricsFilter = {
    ...(kpi.serviceIds.length ? { serviceIds: kpi.serviceIds } : {}),
    ...(kpi.severities.length ? { severities: kpi.severities } : {}),
  };
  let behindMiss: IncidentMeasures[] = [];
  const judged = months.map(({ month, from, to }, index) => {
    const filter = { ...scope, from, to };
    const metrics = responseMetrics({ ...input, filter });
    const value = valueOf(metrics, kpi.measure);
    if (value === undefined) return { month };
    const met = value <= kpi.target;
    if (!met && index === months.length - 1) behindMiss = missedBy(kpi, metrics, input, filter);
    return { month, value, met };
  });
  return { kpi, months: judged, behindMiss };
}
