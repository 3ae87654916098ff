import { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { forbidden, notFound } from '../../commands/errors.ts';
import { idField } from '../../schema/fields.ts';
import { MAX_ALERT_SCORE, MIN_ALERT_SCORE } from '../../schema/metricStream.ts';

export const setStreamAlertScoreInput = z.strictObject({
  streamId: idField,
  alertScore: z
    .number()
    .min(MIN_ALERT_SCORE, `at least ${MIN_ALERT_SCORE}: below it, ordinary noise would page`)
    .max(MAX_ALERT_SCORE, `at most ${MAX_ALERT_SCORE}: above it, no anomaly would ever alert`),
  reason: z.string().trim().min(1, 'say why the sensitivity changes').max(500),
});

/**
 * A person sets how sensitive a stream is: the anomaly score at or above
 * which its anomalies become alerts (lower: more alerts). Audited with the
 * reason; applies from the stream's next batch of points.
 */
export const setStreamAlertScore = defineCommand({
  name: 'setStreamAlertScore',
  summary: 'Set the anomaly score at which a metric stream alerts (its sensitivity)',
  input: setStreamAlertScoreInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person')
      throw forbidden('A person sets a stream’s sensitivity (it decides who gets paged)');
    const stream = await reads.get('metricStreams', input.streamId);
    if (!stream) throw notFound('metric stream', input.streamId);
    const updated = {
      ...stream,
      alertScore: input.alertScore,
      alertScoreSetBy: `${context.actor.kind}:${context.actor.id}`,
      alertScoreSetAt: context.now.toISOString(),
      hlc: context.nextHlc(),
    };
    return {
      writes: [{ kind: 'metricStreams', document: updated }],
      result: { streamId: stream.id, stream: stream.stream, alertScore: input.alertScore },
    };
  },
});
