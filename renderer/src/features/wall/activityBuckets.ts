/** Minutes per bar of the wall's activity chart, and how far back it looks. */
export const BUCKET_MINUTES = 5;
export const ACTIVITY_WINDOW_MINUTES = 60;

export interface ActivityBucket {
  /** "−60 min" … "now": relative, so the axis needs no time zone. */
  label: string;
  entries: number;
}

/**
 * Timeline entries per five minutes over the last hour, oldest bar first:
 * the room sees at a glance whether the incident is busy or gone quiet.
 */
export function activityBuckets(
  entryTimes: readonly string[],
  nowMs: number,
  windowMinutes = ACTIVITY_WINDOW_MINUTES,
): ActivityBucket[] {
  const count = Math.ceil(windowMinutes / BUCKET_MINUTES);
  const bucketMs = BUCKET_MINUTES * 60_000;
  const start = nowMs - count * bucketMs;
  const buckets: ActivityBucket[] = Array.from({ length: count }, (_, index) => {
    const minutesAgo = (count - index) * BUCKET_MINUTES;
    return { label: index === count - 1 ? 'now' : `−${minutesAgo} min`, entries: 0 };
  });
  for (const at of entryTimes) {
    const ms = Date.parse(at);
    if (Number.isNaN(ms) || ms < start || ms > nowMs) continue;
    const index = Math.min(count - 1, Math.floor((ms - start) / bucketMs));
    const bucket = buckets[index];
    if (bucket) bucket.entries += 1;
  }
  return buckets;
}
