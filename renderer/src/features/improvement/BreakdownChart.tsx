import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMinutes } from '../../../../shared/incidents/responseTimes.ts';
import { groupRowsCsv } from '../../../../shared/improvement/metricsCsv.ts';
import type { GroupRow } from '../../../../shared/improvement/responseMetrics.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { METRICS_COLOURS, minutesText } from './chartColours.ts';

/** Time to acknowledge and to resolve (medians) per group: severity, service, team or hours band. */
export function BreakdownChart({
  id,
  groupName,
  rows,
  zone,
  labelOf,
}: {
  id: string;
  groupName: string;
  rows: readonly GroupRow[];
  zone: string;
  labelOf: (key: string) => string;
}) {
  const shown = rows.slice(0, 12);
  const data = shown.map((row) => ({
    group: labelOf(row.key),
    acknowledge: row.clocks.acknowledge.median ?? null,
    resolve: row.clocks.resolve.median ?? null,
  }));
  const slowest = shown
    .flatMap((row) => {
      const median = row.clocks.resolve.median;
      return median === undefined ? [] : [{ row, median }];
    })
    .sort((a, b) => b.median - a.median)[0];
  const summary = slowest
    ? `Slowest to resolve: ${labelOf(slowest.row.key)}, median ${formatMinutes(slowest.median)} over ${slowest.row.clocks.resolve.count} incidents.`
    : 'Nothing resolved in this period.';
  return (
    <ChartFigure
      id={id}
      title={`By ${groupName}`}
      summary={summary}
      table={{
        columns: [
          groupName,
          'Incidents',
          'MTTA',
          'Median to acknowledge',
          'MTTR',
          'Median to resolve',
          'p90 to resolve',
        ],
        rows: rows.map((row) => [
          labelOf(row.key),
          row.count,
          minutesText(row.clocks.acknowledge.mean, formatMinutes),
          minutesText(row.clocks.acknowledge.median, formatMinutes),
          minutesText(row.clocks.resolve.mean, formatMinutes),
          minutesText(row.clocks.resolve.median, formatMinutes),
          minutesText(row.clocks.resolve.p90, formatMinutes),
        ]),
      }}
      csv={() => groupRowsCsv(groupName, rows, zone, labelOf)}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        >
          <CartesianGrid stroke={METRICS_COLOURS.grid} vertical={false} />
          <XAxis dataKey="group" stroke={METRICS_COLOURS.axis} tick={{ fontSize: '0.8em' }} />
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
          <Bar
            dataKey="acknowledge"
            name="Median to acknowledge"
            fill={METRICS_COLOURS.median}
            isAnimationActive={false}
          />
          <Bar
            dataKey="resolve"
            name="Median to resolve"
            fill={METRICS_COLOURS.p90}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
