import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import { activityBuckets, BUCKET_MINUTES } from './activityBuckets.ts';
import { WALL_CHART_COLOURS, WallChart } from './WallChart.tsx';

/** Timeline entries per five minutes over the last hour. */
export function ActivityChart({
  entries,
  now,
}: {
  entries: readonly TimelineEntryDoc[];
  now: number;
}) {
  const buckets = activityBuckets(
    entries.map((entry) => entry.at),
    now,
  );
  const total = buckets.reduce((sum, bucket) => sum + bucket.entries, 0);
  const latest = buckets.slice(-3).reduce((sum, bucket) => sum + bucket.entries, 0);
  const busiest = Math.max(...buckets.map((bucket) => bucket.entries));
  return (
    <WallChart
      title={`Timeline activity per ${BUCKET_MINUTES} min`}
      summary={`${total} in the last hour · ${latest} in the last 15 min · busiest ${busiest}`}
      testId="wall-activity-chart"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={buckets} margin={{ top: 4, right: 16, bottom: 0, left: 24 }}>
          <XAxis
            dataKey="label"
            interval={5}
            tick={{ fill: WALL_CHART_COLOURS.axis, fontSize: '0.7em' }}
            stroke={WALL_CHART_COLOURS.grid}
          />
          <YAxis allowDecimals={false} hide />
          <Bar dataKey="entries" fill={WALL_CHART_COLOURS.bar} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </WallChart>
  );
}
