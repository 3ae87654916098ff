import { defineSharedFeature } from '../feature.ts';

/**
 * Continuous improvement: response metrics read from the record
 * (responseMetrics.ts, docs/metrics.md). The metrics write nothing, so the
 * feature has no commands yet.
 */
export const improvementFeature = defineSharedFeature({
  name: 'improvement',
  commands: {},
});
