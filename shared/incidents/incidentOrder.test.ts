import { describe, expect, it } from 'vitest';
import {
  countActiveByKind,
  leadingActiveIncident,
  sortIncidentsByAttention,
  type OrderableIncident,
} from './incidentOrder.ts';

type Named = OrderableIncident & { id: string };

function incident(id: string, overrides: Partial<Named> = {}): Named {
  return {
    id,
    exercise: false,
    severity: 'SEV3',
    status: 'investigating',
    declaredAt: '2026-11-26T10:00:00.000Z',
    ...overrides,
  };
}

describe('sortIncidentsByAttention', () => {
  it('puts every real incident before any exercise, then severity, then the longest running', () => {
    const sorted = sortIncidentsByAttention([
      incident('drill-sev1', { exercise: true, severity: 'SEV1' }),
      incident('real-sev3', { severity: 'SEV3' }),
      incident('real-sev2-late', { severity: 'SEV2', declaredAt: '2026-11-26T11:00:00.000Z' }),
      incident('real-sev2-early', { severity: 'SEV2', declaredAt: '2026-11-26T09:00:00.000Z' }),
      incident('drill-sev2', { exercise: true, severity: 'SEV2' }),
      incident('resolved', { status: 'resolved', severity: 'SEV1' }),
    ]);
    expect(sorted.map((i) => i.id)).toEqual([
      'real-sev2-early',
      'real-sev2-late',
      'real-sev3',
      'drill-sev1',
      'drill-sev2',
      'resolved',
    ]);
  });
});

describe('leadingActiveIncident', () => {
  it('leads with a real SEV2 over an exercise SEV1', () => {
    const lead = leadingActiveIncident([
      incident('drill', { exercise: true, severity: 'SEV1' }),
      incident('real', { severity: 'SEV2' }),
    ]);
    expect(lead?.id).toBe('real');
  });

  it('leads with an exercise when nothing real is active', () => {
    const lead = leadingActiveIncident([
      incident('drill', { exercise: true }),
      incident('over', { status: 'closed' }),
    ]);
    expect(lead?.id).toBe('drill');
  });
});

describe('countActiveByKind', () => {
  it('counts active real incidents and exercises apart, ignoring settled ones', () => {
    expect(
      countActiveByKind([
        incident('a'),
        incident('b', { exercise: true }),
        incident('c', { status: 'resolved' }),
      ]),
    ).toEqual({ real: 1, exercises: 1 });
  });
});
