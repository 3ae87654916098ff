import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

/** Points of a stream kept on its record for the stream view (20 minutes at one point per 10 s). */
export const RECENT_POINTS = 120;
/** Anomalies kept on a stream's record, newest last. */
export const RECENT_ANOMALIES = 20;
/** The score at which a stream's anomaly becomes an alert unless a person sets another (the detector's own firing level). */
export const DEFAULT_ALERT_SCORE = 0.69;
export const MIN_ALERT_SCORE = 0.5;
export const MAX_ALERT_SCORE = 0.99;

/** A stream's name as the tool sends it: `checkout.latency_p99`, `api/errors{region=eu}`. */
export const streamNameField = z
  .string()
  .trim()
  .min(1, 'name the stream')
  .max(200, 'at most 200 characters')
  .refine((name) => [...name].every((char) => char.charCodeAt(0) >= 0x20), 'no control characters');

/** One point as the detector saw it: time (epoch ms), value, expected range (null while learning), score. */
export const streamSampleShape = z.tuple([
  z.number(),
  z.number(),
  z.number().nullable(),
  z.number().nullable(),
  z.number().min(0).max(1),
]);
export type StreamSample = z.infer<typeof streamSampleShape>;

export const streamAnomalyShape = z.strictObject({
  at: isoTimeField,
  value: z.number(),
  score: z.number().min(0).max(1),
  expectedLow: z.number().nullable(),
  expectedHigh: z.number().nullable(),
  /** The alert it raised (none when it fell while the stream's alert was already open). */
  alertId: idField.optional(),
});
export type StreamAnomaly = z.infer<typeof streamAnomalyShape>;

/**
 * One metric stream a monitoring tool pushes (issue 14): who sends it, the
 * score at which its anomalies become alerts (a person sets it), and what the
 * stream view draws (its recent points and anomalies). The detector's own
 * learnt state is node-local (docs/anomaly.md, "Product"). The id derives
 * from (integration, stream), so peers taking the same stream converge.
 */
export const metricStreamShape = z.strictObject({
  id: idField,
  hlc: hlcField,
  integrationId: idField,
  stream: streamNameField,
  /** Score at or above which an anomaly becomes an alert. */
  alertScore: z.number().min(MIN_ALERT_SCORE).max(MAX_ALERT_SCORE),
  alertScoreSetBy: z.string().max(80).optional(),
  alertScoreSetAt: isoTimeField.optional(),
  createdAt: isoTimeField,
  /** The latest point's time (the tool's). */
  lastPointAt: isoTimeField,
  pointCount: z.number().int().min(0),
  recent: z.array(streamSampleShape).max(RECENT_POINTS),
  anomalies: z.array(streamAnomalyShape).max(RECENT_ANOMALIES),
  /** The stream's anomaly alert is open: calm points since its last anomaly count towards resolving it. */
  alerting: z.boolean(),
  calmPoints: z.number().int().min(0),
});
export type MetricStreamDoc = z.infer<typeof metricStreamShape>;
