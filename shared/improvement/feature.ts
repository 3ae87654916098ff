import { defineSharedFeature } from '../feature.ts';
import { defineKpi, reviseKpi } from './commands/kpiCommands.ts';

/**
 * Continuous improvement: response metrics read from the record
 * (responseMetrics.ts, docs/metrics.md) and the KPIs administrators tie to
 * business objectives (kpiStatus.ts).
 */
export const improvementFeature = defineSharedFeature({
  name: 'improvement',
  commands: { defineKpi, reviseKpi },
});
