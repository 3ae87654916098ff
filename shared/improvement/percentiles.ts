/**
 * Percentiles by the nearest-rank method: the smallest recorded value with
 * at least p % of the values at or below it. Always one of the recorded
 * numbers (no interpolation), so a reader can find the incident behind it.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  return percentileOfSorted(Float64Array.from(values).sort(), p);
}

function percentileOfSorted(sorted: Float64Array, p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** The middle value (nearest rank, p50). */
export const median = (values: readonly number[]) => percentile(values, 50);

export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/** One clock over a set of incidents: how many measured, mean, median, p90. */
export interface ClockSummary {
  count: number;
  mean?: number;
  median?: number;
  p90?: number;
}

export function summarise(values: readonly number[]): ClockSummary {
  const summary: ClockSummary = { count: values.length };
  // Sorted once for both percentiles: the dashboard summarises hundreds of groups.
  const sorted = Float64Array.from(values).sort();
  const average = mean(values);
  const middle = percentileOfSorted(sorted, 50);
  const ninetieth = percentileOfSorted(sorted, 90);
  if (average !== undefined) summary.mean = average;
  if (middle !== undefined) summary.median = middle;
  if (ninetieth !== undefined) summary.p90 = ninetieth;
  return summary;
}
