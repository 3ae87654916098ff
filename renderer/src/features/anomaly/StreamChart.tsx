import { Area, ComposedChart, Line, ResponsiveContainer, Scatter, XAxis, YAxis } from 'recharts';
import type { MetricStreamDoc } from '../../../../shared/schema/metricStream.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { STREAM_COLOURS } from './streamColours.ts';
import { streamChartRows, streamSummary } from './streamChartData.ts';

/** A stream's recent values (line), the band the detector expected (shaded) and its anomalies (red dots). */
export function StreamChart({ stream }: { stream: MetricStreamDoc }) {
  const time = useTimeFormat();
  const rows = streamChartRows(stream);
  return (
    <figure className="stream-chart" data-testid="stream-chart">
      <figcaption className="stream-chart-summary">{streamSummary(stream, time)}</figcaption>
      <div className="stream-chart-plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <XAxis
              dataKey="at"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={(at: number) => time.time(at)}
              tick={{ fill: STREAM_COLOURS.axis, fontSize: '0.8em' }}
              stroke={STREAM_COLOURS.grid}
            />
            <YAxis
              tickFormatter={(value: number) => Number(value.toPrecision(3)).toString()}
              tick={{ fill: STREAM_COLOURS.axis, fontSize: '0.8em' }}
              stroke={STREAM_COLOURS.grid}
              width={56}
            />
            <Area
              dataKey="band"
              stroke="none"
              fill={STREAM_COLOURS.band}
              isAnimationActive={false}
              connectNulls
            />
            <Line
              dataKey="value"
              stroke={STREAM_COLOURS.value}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <Scatter dataKey="anomaly" fill={STREAM_COLOURS.anomaly} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
