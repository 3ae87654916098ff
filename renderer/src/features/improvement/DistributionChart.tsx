import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { DistributionBucket } from '../../../../shared/improvement/resolveDistribution.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { METRICS_COLOURS } from './chartColours.ts';

function distributionCsv(buckets: readonly DistributionBucket[]): string {
  return `Time to resolve,Incidents\n${buckets.map((b) => `${b.label},${b.count}`).join('\n')}\n`;
}

/** How many incidents took each span of time to resolve. */
export function DistributionChart({ buckets }: { buckets: readonly DistributionBucket[] }) {
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const underHour = buckets
    .filter((b) => b.belowMinutes !== undefined && b.belowMinutes <= 60)
    .reduce((sum, b) => sum + b.count, 0);
  const summary = total
    ? `${underHour} of ${total} resolved incidents were resolved within an hour.`
    : 'Nothing resolved in this period.';
  return (
    <ChartFigure
      id="distribution-resolve"
      title="Time to resolve, distribution"
      summary={summary}
      table={{
        columns: ['Time to resolve', 'Incidents'],
        rows: buckets.map((b) => [b.label, b.count]),
      }}
      csv={() => distributionCsv(buckets)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={[...buckets]}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke={METRICS_COLOURS.grid} vertical={false} />
          <XAxis dataKey="label" stroke={METRICS_COLOURS.axis} tick={{ fontSize: '0.8em' }} />
          <YAxis allowDecimals={false} stroke={METRICS_COLOURS.axis} tick={{ fontSize: '0.8em' }} />
          <Bar
            dataKey="count"
            name="Incidents"
            fill={METRICS_COLOURS.count}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
