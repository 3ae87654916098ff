import { kpiShape } from '../schema/kpi.ts';
import { defineKind } from '../store/kind.ts';

/**
 * KPIs are few and change rarely: they live in `records`. Every field
 * merges on its own, latest clock wins (docs/sync.md): a KPI's services and
 * severities are one decision, revised as a whole, so each list is one
 * field rather than a set whose items merge apart.
 */
export const improvementKinds = {
  kpis: defineKind({
    name: 'kpis',
    noun: 'KPI',
    shape: kpiShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { status: 'status', category: 'measure' } },
  }),
};
