import type { MeasuredIncident } from './incidentMeasures.ts';

/** A resolved real SEV2 declared at 10:00 UTC on Tuesday 2026-03-03; override what a case needs. */
export function incidentAt(overrides: Partial<MeasuredIncident> = {}): MeasuredIncident {
  return {
    id: 'inc-1',
    reference: 'INC-1',
    title: 'Card payments failing',
    severity: 'SEV2',
    type: 'availability',
    status: 'resolved',
    exercise: false,
    declaredAt: '2026-03-03T10:00:00.000Z',
    mitigatedAt: '2026-03-03T10:40:00.000Z',
    resolvedAt: '2026-03-03T12:00:00.000Z',
    serviceIds: ['svc-payments'],
    ...overrides,
  };
}
