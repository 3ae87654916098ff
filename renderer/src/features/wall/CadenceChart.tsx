import {
  Bar,
  BarChart,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { CadenceProgress } from './cadenceProgress.ts';
import { WALL_CHART_COLOURS, WallChart } from './WallChart.tsx';

const MAX_AUDIENCES = 3;

function colourOf(row: CadenceProgress): string {
  if (row.percent >= 100) return WALL_CHART_COLOURS.late;
  return row.percent >= 80 ? WALL_CHART_COLOURS.soon : WALL_CHART_COLOURS.ok;
}

/** Time since each audience last heard, as a share of its cadence; past the line is late. */
export function CadenceChart({ rows }: { rows: readonly CadenceProgress[] }) {
  if (rows.length === 0)
    return (
      <WallChart
        title="Since the last update"
        summary="No stakeholder cadence set"
        testId="wall-cadence-chart"
      />
    );
  const shown = rows.slice(0, MAX_AUDIENCES).map((row) => ({
    ...row,
    name: `${row.audience} ${row.sinceMinutes}/${row.everyMinutes} min`,
    used: `${row.sinceMinutes}/${row.everyMinutes} min`,
    value: Math.min(row.percent, 200),
  }));
  const late = rows.filter((row) => row.percent >= 100).length;
  return (
    <WallChart
      title="Since the last update"
      summary={
        late > 0
          ? `${late} audience${late === 1 ? '' : 's'} past cadence`
          : `All ${rows.length} audience${rows.length === 1 ? '' : 's'} within cadence`
      }
      testId="wall-cadence-chart"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={shown} layout="vertical" margin={{ top: 4, right: 64, bottom: 0, left: 4 }}>
          <XAxis type="number" domain={[0, 200]} hide />
          <YAxis
            type="category"
            dataKey="audience"
            width="auto"
            tick={{ fill: WALL_CHART_COLOURS.axis, fontSize: '0.8em' }}
            stroke={WALL_CHART_COLOURS.grid}
          />
          <ReferenceLine x={100} stroke={WALL_CHART_COLOURS.axis} strokeDasharray="4 4" />
          <Bar dataKey="value" isAnimationActive={false}>
            {shown.map((row) => (
              <Cell key={row.name} fill={colourOf(row)} />
            ))}
            <LabelList dataKey="used" position="right" fill="#ffffff" fontSize="0.8em" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </WallChart>
  );
}
