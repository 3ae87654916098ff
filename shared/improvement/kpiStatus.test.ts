import { describe, expect, it } from 'vitest';
import type { KpiDoc } from '../schema/kpi.ts';
import type { MeasuredIncident } from './incidentMeasures.ts';
import { kpiStatus, type MonthBounds } from './kpiStatus.ts';
import { incidentAt } from './metrics.testHelpers.ts';

const kpi: KpiDoc = {
  id: 'kpi-1',
  hlc: '',
  objective: 'Card payments available 99.95 %',
  name: 'Payments MTTR p90',
  measure: 'mttr-p90',
  target: 60,
  serviceIds: ['svc-payments'],
  severities: [],
  status: 'active',
  version: 1,
  definedAt: '2026-01-01T00:00:00.000Z',
  definedBy: 'ada',
  revisedAt: '2026-01-01T00:00:00.000Z',
  revisedBy: 'ada',
};

const MONTHS: MonthBounds[] = [
  { month: '2026-02', from: '2026-02-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' },
  { month: '2026-03', from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' },
  { month: '2026-04', from: '2026-04-01T00:00:00.000Z', to: '2026-05-01T00:00:00.000Z' },
];

function resolved(
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

const input = (incidents: MeasuredIncident[]) => ({
  incidents,
  events: new Map(),
  teamOfService: new Map<string, string>(),
  zone: 'UTC',
  recurrenceWindowDays: 30,
});

describe('kpiStatus', () => {
  it('judges each month against the target and names the incidents behind a miss', () => {
    const status = kpiStatus(
      kpi,
      input([
        resolved('a', '2026-02-03T10:00:00.000Z', 40),
        resolved('b', '2026-04-03T10:00:00.000Z', 30),
        resolved('c', '2026-04-10T10:00:00.000Z', 95),
        resolved('other', '2026-04-11T10:00:00.000Z', 500, { serviceIds: ['svc-search'] }),
        resolved('drill', '2026-04-12T10:00:00.000Z', 900, { exercise: true }),
      ]),
      MONTHS,
    );
    expect(status.months).toEqual([
      { month: '2026-02', value: 40, met: true },
      { month: '2026-03' },
      { month: '2026-04', value: 95, met: false },
    ]);
    expect(status.behindMiss.map((m) => m.incident.reference)).toEqual(['C']);
  });

  it('reads recurrence per 100 incidents, and no verdict for a month with no incidents', () => {
    const recurrence = { ...kpi, measure: 'recurrence-rate' as const, target: 10 };
    const status = kpiStatus(
      recurrence,
      input([
        resolved('a', '2026-04-01T10:00:00.000Z', 10),
        resolved('b', '2026-04-05T10:00:00.000Z', 10),
      ]),
      MONTHS,
    );
    expect(status.months.at(-1)).toEqual({ month: '2026-04', value: 50, met: false });
    expect(status.months[0]).toEqual({ month: '2026-02' });
    expect(status.behindMiss.map((m) => m.incident.reference)).toEqual(['B']);
  });
});
