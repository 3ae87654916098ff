import { describe, expect, it } from 'vitest';
import type { IncidentEvents, MeasuredIncident } from './incidentMeasures.ts';
import { MeasureCache } from './measureCache.ts';
import { incidentAt } from './metrics.testHelpers.ts';
import { responseMetrics, type MetricsInput } from './responseMetrics.ts';

const HOUR = 3_600_000;

function resolvedAfter(
  id: string,
  declaredAt: string,
  minutes: number,
  extra: Partial<MeasuredIncident> = {},
) {
  const resolvedAt = new Date(Date.parse(declaredAt) + minutes * 60_000).toISOString();
  return incidentAt({
    id,
    reference: id.toUpperCase(),
    declaredAt,
    mitigatedAt: resolvedAt,
    resolvedAt,
    ...extra,
  });
}

function input(incidents: MeasuredIncident[], overrides: Partial<MetricsInput> = {}): MetricsInput {
  return {
    incidents,
    events: new Map<string, IncidentEvents>(),
    teamOfService: new Map([
      ['svc-payments', 'team-payments'],
      ['svc-search', 'team-search'],
    ]),
    zone: 'UTC',
    filter: {},
    recurrenceWindowDays: 30,
    ...overrides,
  };
}

describe('responseMetrics', () => {
  it('leaves exercises out of every number, and says how many were left out', () => {
    const real = [
      resolvedAfter('a', '2026-03-03T10:00:00.000Z', 30),
      resolvedAfter('b', '2026-03-04T10:00:00.000Z', 90),
    ];
    const drill = resolvedAfter('drill', '2026-03-05T10:00:00.000Z', 5000, {
      exercise: true,
      severity: 'SEV1',
      serviceIds: ['svc-search'],
    });
    const withDrill = responseMetrics(input([...real, drill]));
    const without = responseMetrics(input(real));
    expect(withDrill.exercisesExcluded).toBe(1);
    expect(withDrill.count).toBe(2);
    expect({ ...withDrill, exercisesExcluded: 0 }).toEqual(without);
    expect(withDrill.bySeverity.map((row) => row.key)).toEqual(['SEV2']);
    expect(withDrill.byService.map((row) => row.key)).toEqual(['svc-payments']);
  });

  it('gives hand-computed MTTR mean, median and p90 per severity', () => {
    const incidents = [
      resolvedAfter('a', '2026-03-01T10:00:00.000Z', 10, { severity: 'SEV1' }),
      resolvedAfter('b', '2026-03-02T10:00:00.000Z', 20, { severity: 'SEV1' }),
      resolvedAfter('c', '2026-03-03T10:00:00.000Z', 90, { severity: 'SEV1' }),
      resolvedAfter('d', '2026-03-04T10:00:00.000Z', 300),
    ];
    const metrics = responseMetrics(input(incidents));
    const sev1 = metrics.bySeverity.find((row) => row.key === 'SEV1');
    expect(sev1?.clocks.resolve).toEqual({ count: 3, mean: 40, median: 20, p90: 90 });
    expect(metrics.overall.resolve).toEqual({ count: 4, mean: 105, median: 20, p90: 300 });
    expect(metrics.bySeverity.map((row) => row.key)).toEqual(['SEV1', 'SEV2']);
  });

  it('reads months and business hours in the zone asked for', () => {
    // 23:30 UTC on Tuesday 31 March is 01:30 on Wednesday 1 April in Berlin (CEST).
    const late = resolvedAfter('late', '2026-03-31T23:30:00.000Z', 60);
    const utc = responseMetrics(input([late]));
    const berlin = responseMetrics(input([late], { zone: 'Europe/Berlin' }));
    expect(utc.monthly.map((row) => row.key)).toEqual(['2026-03']);
    expect(berlin.monthly.map((row) => row.key)).toEqual(['2026-04']);
    expect(berlin.zone).toBe('Europe/Berlin');
    const bands = (m: typeof utc) => m.byHours.filter((row) => row.count > 0).map((row) => row.key);
    expect(bands(utc)).toEqual(['night']);
    const saturdayNoon = resolvedAfter('sat', '2026-03-07T12:00:00.000Z', 60);
    const tuesdayNoon = resolvedAfter('tue', '2026-03-03T12:00:00.000Z', 60);
    expect(bands(responseMetrics(input([saturdayNoon, tuesdayNoon])))).toEqual([
      'business',
      'weekend',
    ]);
  });

  it('keeps empty months in the trend so a quiet month shows as quiet', () => {
    const metrics = responseMetrics(
      input([
        resolvedAfter('a', '2026-01-15T10:00:00.000Z', 30),
        resolvedAfter('b', '2026-03-15T10:00:00.000Z', 30),
      ]),
    );
    expect(metrics.monthly.map((row) => [row.key, row.count])).toEqual([
      ['2026-01', 1],
      ['2026-02', 0],
      ['2026-03', 1],
    ]);
  });

  it('finds recurrences of the same service and cause within the window only', () => {
    const base = Date.parse('2026-03-01T10:00:00.000Z');
    const at = (days: number) => new Date(base + days * 24 * HOUR).toISOString();
    const metrics = responseMetrics(
      input([
        resolvedAfter('a', at(0), 30),
        resolvedAfter('b', at(10), 30),
        resolvedAfter('c', at(12), 30, { type: 'performance' }),
        resolvedAfter('d', at(50), 30),
      ]),
    );
    expect(metrics.recurrences.map((r) => [r.reference, r.previousReference, r.daysApart])).toEqual(
      [['B', 'A', 10]],
    );
    expect(metrics.recurrenceRate).toBe(25);
  });

  it('filters by period, severity, service and team', () => {
    const incidents = [
      resolvedAfter('a', '2026-03-01T10:00:00.000Z', 30),
      resolvedAfter('b', '2026-04-01T10:00:00.000Z', 30, { serviceIds: ['svc-search'] }),
      resolvedAfter('c', '2026-04-02T10:00:00.000Z', 30, { severity: 'SEV1' }),
    ];
    const count = (filter: MetricsInput['filter']) =>
      responseMetrics(input(incidents, { filter })).count;
    expect(count({ from: '2026-04-01T00:00:00.000Z' })).toBe(2);
    expect(count({ to: '2026-04-01T00:00:00.000Z' })).toBe(1);
    expect(count({ severities: ['SEV1'] })).toBe(1);
    expect(count({ serviceIds: ['svc-search'] })).toBe(1);
    expect(count({ teamIds: ['team-payments'] })).toBe(2);
  });

  it('lists incomplete incidents instead of dropping them', () => {
    const metrics = responseMetrics(input([resolvedAfter('a', '2026-03-01T10:00:00.000Z', 30)]));
    expect(metrics.incomplete.map((m) => m.incident.reference)).toEqual(['A']);
    expect(metrics.overall.acknowledge.count).toBe(0);
    expect(metrics.distribution.find((b) => b.label === '15–60 min')?.count).toBe(1);
  });
});

describe('responseMetrics with a kept measure cache', () => {
  it('gives the same numbers as measuring afresh, before and after an incident resolves', () => {
    const cache = new MeasureCache();
    const open = incidentAt({
      id: 'b',
      reference: 'B',
      status: 'investigating',
      mitigatedAt: undefined,
      resolvedAt: undefined,
    });
    const incidents = [resolvedAfter('a', '2026-03-01T10:00:00.000Z', 30), open];
    expect(responseMetrics(input(incidents, { cache }))).toEqual(responseMetrics(input(incidents)));
    const resolved = [
      incidents[0] as MeasuredIncident,
      { ...open, status: 'resolved' as const, resolvedAt: '2026-03-03T11:00:00.000Z' },
    ];
    const cached = responseMetrics(input(resolved, { cache }));
    expect(cached).toEqual(responseMetrics(input(resolved)));
    expect(cached.overall.resolve.count).toBe(2);
  });
});
