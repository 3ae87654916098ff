import { z } from 'zod';
import { MAX_POINTS_PER_REQUEST } from '../../../shared/anomaly/commands/recordMetricPoints.ts';
import { invalidInput } from '../../../shared/commands/errors.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import { streamNameField } from '../../../shared/schema/metricStream.ts';
import type { MetricPoint } from './streamDetectors.ts';

/** Points may be at most this far ahead of the node's clock (a stream's clock running fast would block its later points). */
export const MAX_FUTURE_MS = 5 * 60_000;
/** Epoch milliseconds below this are almost certainly seconds (before 1973 in ms). */
const SMALLEST_MS = 1e11;

const timestampField = z.union(
  [
    z.number().int().min(SMALLEST_MS, 'epoch milliseconds (this looks like seconds)'),
    z.iso.datetime({ offset: true }),
  ],
  { error: 'epoch milliseconds or ISO 8601 with a zone, e.g. 2026-12-03T10:00:00Z' },
);

/** What a tool posts: `{ "points": [{ stream, timestamp, value }] }`. */
export const metricBatchShape = z.strictObject({
  points: z
    .array(
      z.strictObject({
        stream: streamNameField,
        timestamp: timestampField,
        value: z.number({ error: 'a finite number' }).refine(Number.isFinite, 'a finite number'),
      }),
    )
    .min(1, 'send at least one point')
    .max(MAX_POINTS_PER_REQUEST, `at most ${MAX_POINTS_PER_REQUEST} points per request`),
});

/** The batch's points with their times in epoch ms; 400 with the field and reason when it is not one. */
export function parseMetricBatch(payload: unknown, now: Date): MetricPoint[] {
  const batch = parseOrInvalid(metricBatchShape, payload);
  const latest = now.getTime() + MAX_FUTURE_MS;
  return batch.points.map((point, index) => {
    const at = typeof point.timestamp === 'number' ? point.timestamp : Date.parse(point.timestamp);
    if (at > latest)
      throw invalidInput([
        {
          field: `points.${index}.timestamp`,
          reason: `is more than 5 minutes ahead of this node's clock (${now.toISOString()})`,
        },
      ]);
    return { stream: point.stream, at, value: point.value };
  });
}
