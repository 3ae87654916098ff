import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Severity } from '../domain/severity.ts';
import { assertConvergesKeepingEdits, type Facts } from '../sync/mergeProperties.testHelpers.ts';
import { mergeRuleFor } from '../sync/mergeRules.ts';

type Doc = Record<string, unknown>;

describe('KPIs merge across three replicas (property)', () => {
  type KpiEdit = {
    field: 'target' | 'severities' | 'status' | 'name';
    target: number;
    severities: Severity[];
    status: 'active' | 'retired';
    name: string;
  };
  it('revisions on three nodes converge, each field showing its latest revision', () => {
    assertConvergesKeepingEdits<KpiEdit>({
      rule: mergeRuleFor('kpis'),
      initial: {
        id: 'doc',
        objective: 'Card payments available 99.95 %',
        name: 'Payments MTTR p90',
        measure: 'mttr-p90',
        target: 60,
        serviceIds: ['svc-payments'],
        severities: [],
        status: 'active',
        version: 1,
      },
      edit: fc.record({
        field: fc.constantFrom(
          'target' as const,
          'severities' as const,
          'status' as const,
          'name' as const,
        ),
        target: fc.constantFrom(30, 45, 60, 90),
        severities: fc.constantFrom<Severity[]>([], ['SEV1'], ['SEV1', 'SEV2']),
        status: fc.constantFrom('active' as const, 'retired' as const),
        name: fc.constantFrom('Payments MTTR p90', 'Payments resolve p90', 'Checkout MTTR'),
      }),
      // A revision changes one field (what the administrator edited); the list is one decision.
      apply: (kpi: Doc, e) => ({ ...kpi, [e.field]: e[e.field] }),
      facts: (before, after, e): Facts =>
        JSON.stringify(before[e.field]) === JSON.stringify(after[e.field])
          ? []
          : [[e.field, after[e.field]]],
      observe: (kpi) =>
        new Map<string, unknown>(
          ['target', 'severities', 'status', 'name'].map((f) => [f, kpi[f]]),
        ),
    });
  });
});
