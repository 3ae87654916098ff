import { readableNumber } from '../../../../shared/anomaly/streamRecord.ts';
import type { MetricStreamDoc } from '../../../../shared/schema/metricStream.ts';
import type { TimeFormat } from '../time/timeFormatIn.ts';

/** One point of the chart: the value, the expected band as [low, high], and the value again if it was an anomaly. */
export interface StreamChartRow {
  at: number;
  value: number;
  band: [number, number] | null;
  anomaly: number | null;
  score: number;
}

export function streamChartRows(stream: MetricStreamDoc): StreamChartRow[] {
  return stream.recent.map(([at, value, low, high, score]) => ({
    at,
    value,
    band: low === null || high === null ? null : [low, high],
    anomaly: score >= stream.alertScore ? value : null,
    score,
  }));
}

/** What the chart shows, in one sentence (the wall reads it; so do screen readers). */
export function streamSummary(stream: MetricStreamDoc, time: TimeFormat): string {
  const latest = stream.recent.at(-1);
  if (!latest) return 'No points yet.';
  const [at, value, low, high] = latest;
  const expected =
    low === null || high === null
      ? 'still learning what is usual'
      : `expected ${readableNumber(low)} to ${readableNumber(high)}`;
  const shown = stream.recent.filter(([, , , , score]) => score >= stream.alertScore).length;
  const anomalies = shown === 1 ? '1 anomaly' : `${shown} anomalies`;
  return `Latest ${readableNumber(value)} at ${time.timeWithSeconds(at)}, ${expected} · ${anomalies} in the last ${stream.recent.length} points · alerts at score ${stream.alertScore.toFixed(2)} or more`;
}
