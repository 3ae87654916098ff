import { defineSharedFeature } from '../feature.ts';
import { recordMetricPoints } from './commands/recordMetricPoints.ts';
import { setStreamAlertScore } from './commands/setStreamAlertScore.ts';

/** Metric streams watched by the anomaly detector: points in, anomaly alerts out (docs/anomaly.md). */
export const anomalyFeature = defineSharedFeature({
  name: 'anomaly',
  commands: { recordMetricPoints, setStreamAlertScore },
});
