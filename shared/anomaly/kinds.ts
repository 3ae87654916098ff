import { metricStreamShape } from '../schema/metricStream.ts';
import { defineKind } from '../store/kind.ts';

/**
 * Metric streams: one record per (integration, stream), rewritten by each
 * batch of its points. A workspace has hundreds to a few thousand, so they
 * live in `records`; the stream view lists them all, or an integration's
 * (`scope`), and orders them in memory.
 */
export const anomalyKinds = {
  metricStreams: defineKind({
    name: 'metricStreams',
    noun: 'metric stream',
    shape: metricStreamShape,
    version: 0,
    appendOnly: false,
    storage: {
      collection: 'records',
      columns: { scope: 'integrationId' },
    },
  }),
};
