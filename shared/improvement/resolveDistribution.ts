import type { IncidentMeasures } from './incidentMeasures.ts';

/** How many resolved incidents took each span of time to resolve. */
export interface DistributionBucket {
  label: string;
  /** Upper bound in minutes (exclusive); the last bucket has none. */
  belowMinutes?: number;
  count: number;
}

const BOUNDS: readonly { label: string; belowMinutes?: number }[] = [
  { label: 'under 15 min', belowMinutes: 15 },
  { label: '15–60 min', belowMinutes: 60 },
  { label: '1–4 h', belowMinutes: 240 },
  { label: '4–24 h', belowMinutes: 1440 },
  { label: '1–3 d', belowMinutes: 4320 },
  { label: '3 d or more' },
];

export function resolveDistribution(measured: readonly IncidentMeasures[]): DistributionBucket[] {
  const buckets = BOUNDS.map((bound) => ({ ...bound, count: 0 }));
  for (const m of measured) {
    const minutes = m.minutes.resolve;
    if (minutes === undefined) continue;
    const bucket = buckets.find((b) => b.belowMinutes === undefined || minutes < b.belowMinutes);
    if (bucket) bucket.count += 1;
  }
  return buckets;
}
