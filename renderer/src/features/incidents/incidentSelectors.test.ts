import { describe, expect, it } from 'vitest';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { formatElapsed } from './elapsed.ts';
import {
  countBySeverity,
  mostSevereActiveIncident,
  sortIncidentsForConsole,
} from './incidentSelectors.ts';

function incident(id: string, overrides: Partial<IncidentDoc>): IncidentDoc {
  return {
    id,
    reference: `INC-${id}`,
    title: id,
    summary: '',
    severity: 'SEV3',
    type: 'other',
    status: 'declared',
    exercise: false,
    declaredAt: '2026-11-26T10:00:00.000Z',
    declaredBy: 'person-1',
    updatedAt: '2026-11-26T10:00:00.000Z',
    hlc: '000000000000001-000000-node',
    ...overrides,
  };
}

describe('sortIncidentsForConsole', () => {
  it('puts active incidents first, most severe then longest running, then settled ones newest first', () => {
    const sorted = sortIncidentsForConsole([
      incident('resolved-old', {
        status: 'resolved',
        severity: 'SEV1',
        declaredAt: '2026-11-20T00:00:00.000Z',
      }),
      incident('sev3', { severity: 'SEV3' }),
      incident('sev1-late', { severity: 'SEV1', declaredAt: '2026-11-26T11:00:00.000Z' }),
      incident('sev1-early', { severity: 'SEV1', declaredAt: '2026-11-26T09:00:00.000Z' }),
      incident('closed-new', { status: 'closed', declaredAt: '2026-11-25T00:00:00.000Z' }),
    ]);
    expect(sorted.map((entry) => entry.id)).toEqual([
      'sev1-early',
      'sev1-late',
      'sev3',
      'closed-new',
      'resolved-old',
    ]);
  });
});

describe('mostSevereActiveIncident', () => {
  it('ignores resolved incidents, however severe', () => {
    const picked = mostSevereActiveIncident([
      incident('resolved', { status: 'resolved', severity: 'SEV1' }),
      incident('mitigated', { status: 'mitigated', severity: 'SEV2' }),
    ]);
    expect(picked?.id).toBe('mitigated');
  });

  it('is undefined when all is quiet', () => {
    expect(mostSevereActiveIncident([])).toBeUndefined();
  });
});

describe('formatElapsed', () => {
  it('counts hours past a day instead of rolling over', () => {
    const declared = '2026-11-26T00:00:00.000Z';
    expect(formatElapsed(declared, Date.parse(declared) + (25 * 3600 + 61) * 1000)).toBe(
      '25:01:01',
    );
  });

  it('never shows negative time when clocks disagree', () => {
    expect(formatElapsed('2026-11-26T00:00:10.000Z', Date.parse('2026-11-26T00:00:00.000Z'))).toBe(
      '0:00:00',
    );
  });
});

describe('countBySeverity', () => {
  it('counts every severity, zeros included', () => {
    const counts = countBySeverity([
      incident('a', { severity: 'SEV1' }),
      incident('b', { severity: 'SEV1' }),
      incident('c', { severity: 'SEV4' }),
    ]);
    expect(counts).toEqual({ SEV1: 2, SEV2: 0, SEV3: 0, SEV4: 1, SEV5: 0 });
  });
});
