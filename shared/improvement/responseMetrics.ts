import { SEVERITIES } from '../domain/severity.ts';
import {
  MEASURES,
  NO_EVENTS,
  type IncidentEvents,
  type IncidentMeasures,
  type MeasuredIncident,
  type Measure,
} from './incidentMeasures.ts';
import { matchesFilter, teamsOf, type MetricsFilter } from './metricsFilter.ts';
import { summarise, type ClockSummary } from './percentiles.ts';
import { recurrences, type Recurrence } from './recurrence.ts';
import { measuredEntry, type MeasureCache, type MeasuredEntry } from './measureCache.ts';
import { DEFAULT_BUSINESS_HOURS, type HoursBand } from './responseHours.ts';
import { resolveDistribution, type DistributionBucket } from './resolveDistribution.ts';

export type Clocks = Record<Measure, ClockSummary>;

/** One row of a breakdown: a severity, service, team, type, hours band or month. */
export interface GroupRow {
  key: string;
  count: number;
  clocks: Clocks;
}

export interface MetricsInput {
  incidents: readonly MeasuredIncident[];
  /** Alerts and pages recorded for each incident, by incident id. */
  events: ReadonlyMap<string, IncidentEvents>;
  /** Service id → owning team id. */
  teamOfService: ReadonlyMap<string, string>;
  /** The zone months and business hours are read in. */
  zone: string;
  filter: MetricsFilter;
  recurrenceWindowDays: number;
  /** Measures kept from the last computation (the screen keeps one); none: measure all. */
  cache?: MeasureCache;
}

export interface ResponseMetrics {
  zone: string;
  /** Real incidents covered (exercises never are). */
  count: number;
  /** Exercises and drills in the same filter, left out of every number. */
  exercisesExcluded: number;
  open: number;
  overall: Clocks;
  bySeverity: GroupRow[];
  byService: GroupRow[];
  byTeam: GroupRow[];
  byType: GroupRow[];
  byHours: GroupRow[];
  /** Calendar months in `zone`, oldest first, empty months included. */
  monthly: GroupRow[];
  distribution: DistributionBucket[];
  /** Incidents with a clock that could not be measured, and why. */
  incomplete: IncidentMeasures[];
  recurrences: Recurrence[];
  /** Recurrences per 100 real incidents, rounded to one decimal. */
  recurrenceRate: number;
}

function clocksOf(measured: readonly IncidentMeasures[]): Clocks {
  const values: Record<Measure, number[]> = {
    detect: [],
    acknowledge: [],
    mitigate: [],
    resolve: [],
  };
  for (const m of measured)
    for (const measure of MEASURES) {
      const minutes = m.minutes[measure];
      if (minutes !== undefined) values[measure].push(minutes);
    }
  return {
    detect: summarise(values.detect),
    acknowledge: summarise(values.acknowledge),
    mitigate: summarise(values.mitigate),
    resolve: summarise(values.resolve),
  };
}

function groupBy(
  measured: readonly IncidentMeasures[],
  keysOf: (m: IncidentMeasures) => readonly string[],
  order?: readonly string[],
): GroupRow[] {
  const groups = new Map<string, IncidentMeasures[]>((order ?? []).map((key) => [key, []]));
  for (const m of measured)
    for (const key of keysOf(m)) {
      const members = groups.get(key);
      if (members) members.push(m);
      else groups.set(key, [m]);
    }
  const rows = [...groups].map(([key, members]) => ({
    key,
    count: members.length,
    clocks: clocksOf(members),
  }));
  return order ? rows : rows.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

function monthly(entries: readonly MeasuredEntry[]): GroupRow[] {
  const monthOfIncident = new Map(entries.map((e) => [e.measures, e.month]));
  const keys = [...new Set(monthOfIncident.values())].sort();
  const [first] = keys;
  const last = keys[keys.length - 1];
  if (first === undefined || last === undefined) return [];
  const measured = entries.map((e) => e.measures);
  return groupBy(measured, (m) => [monthOfIncident.get(m) ?? ''], monthsBetween(first, last));
}

const HOURS_ORDER: readonly HoursBand[] = ['business', 'night', 'weekend'];

/**
 * MTTA, MTTR and the other clocks over the real incidents a filter selects,
 * with their breakdowns (docs/metrics.md). Pure: the same records give the
 * same numbers on every node.
 */
export function responseMetrics(input: MetricsInput): ResponseMetrics {
  const inFilter = input.incidents.filter((i) =>
    matchesFilter(i, input.filter, input.teamOfService),
  );
  const real = inFilter.filter((incident) => !incident.exercise);
  const hours = { zone: input.zone, ...DEFAULT_BUSINESS_HOURS };
  const entries = real.map((i) => {
    const events = input.events.get(i.id) ?? NO_EVENTS;
    return input.cache ? input.cache.entry(i, events, hours) : measuredEntry(i, events, hours);
  });
  const measured = entries.map((e) => e.measures);
  const bandOf = new Map(entries.map((e) => [e.measures, e.band]));
  const found = recurrences(real, input.recurrenceWindowDays);
  return {
    zone: input.zone,
    count: real.length,
    exercisesExcluded: inFilter.length - real.length,
    open: measured.filter((m) => m.open).length,
    overall: clocksOf(measured),
    bySeverity: groupBy(measured, (m) => [m.incident.severity], SEVERITIES).filter(
      (row) => row.count > 0,
    ),
    byService: groupBy(measured, (m) => m.incident.serviceIds ?? []),
    byTeam: groupBy(measured, (m) => teamsOf(m.incident, input.teamOfService)),
    byType: groupBy(measured, (m) => [m.incident.type]),
    byHours: groupBy(measured, (m) => [bandOf.get(m) ?? 'night'], HOURS_ORDER),
    monthly: monthly(entries),
    distribution: resolveDistribution(measured),
    incomplete: measured.filter((m) => m.missing.length > 0),
    recurrences: found,
    recurrenceRate: real.length ? Math.round((found.length / real.length) * 1000) / 10 : 0,
  };
}
