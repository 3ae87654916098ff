import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMinutes } from '../../../../shared/incidents/responseTimes.ts';
import { MEASURE_LABELS, type Measure } from '../../../../shared/improvement/incidentMeasures.ts';
import { groupRowsCsv } from '../../../../shared/improvement/metricsCsv.ts';
import type { GroupRow } from '../../../../shared/improvement/responseMetrics.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { METRICS_COLOURS, minutesText } from './chartColours.ts';

/** Median and p90 of one clock per calendar month, with the month's incident count. */
export function TrendChart({
  measure,
  months,
  zone,
}: {
  measure: Measure;
  months: readonly GroupRow[];
  zone: string;
}) {
  const label = MEASURE_LABELS[measure];
  const data = months.map((row) => ({
    month: row.key,
    median: row.clocks[measure].median ?? null,
    p90: row.clocks[measure].p90 ?? null,
  }));
  const latest = months.findLast((row) => row.clocks[measure].count > 0);
  const summary = latest
    ? `${latest.key}: median ${minutesText(latest.clocks[measure].median, formatMinutes)}, p90 ${minutesText(latest.clocks[measure].p90, formatMinutes)} over ${latest.clocks[measure].count} incidents. Months in ${zone}.`
    : `No ${label.toLowerCase()} measured in this period. Months in ${zone}.`;
  return (
    <ChartFigure
      id={`trend-${measure}`}
      title={`${label} per month (${zone})`}
      summary={summary}
      table={{
        columns: [`Month (${zone})`, 'Incidents', 'Measured', 'Median', 'p90'],
        rows: months.map((row) => [
          row.key,
          row.count,
          row.clocks[measure].count,
          minutesText(row.clocks[measure].median, formatMinutes),
          minutesText(row.clocks[measure].p90, formatMinutes),
        ]),
      }}
      csv={() => groupRowsCsv('Month', months, zone)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke={METRICS_COLOURS.grid} />
          <XAxis dataKey="month" stroke={METRICS_COLOURS.axis} tick={{ fontSize: '0.8em' }} />
          <YAxis
            stroke={METRICS_COLOURS.axis}
            tick={{ fontSize: '0.8em' }}
            tickFormatter={(value: number) => formatMinutes(value)}
            width={80}
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? formatMinutes(value) : '—')}
          />
          <Legend />
          <Line
            type="monotone"
            dataKey="median"
            name="Median"
            stroke={METRICS_COLOURS.median}
            strokeWidth={3}
            connectNulls={false}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey="p90"
            name="90th percentile"
            stroke={METRICS_COLOURS.p90}
            strokeWidth={3}
            strokeDasharray="8 4"
            connectNulls={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
