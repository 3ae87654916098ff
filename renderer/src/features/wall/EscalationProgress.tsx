import { Bar, BarChart, Cell, ResponsiveContainer, XAxis } from 'recharts';
import { countdown, type EscalationView } from '../command/escalationView.ts';
import type { PageStateView } from './pageState.ts';
import { WALL_CHART_COLOURS, WallChart } from './WallChart.tsx';

function levelColour(index: number, view: EscalationView): string {
  const current = view.level - 1;
  if (index > current) return WALL_CHART_COLOURS.idle;
  if (index < current) return WALL_CHART_COLOURS.axis;
  return view.escalation.status === 'acknowledged'
    ? WALL_CHART_COLOURS.ok
    : WALL_CHART_COLOURS.late;
}

/** Which escalation level paging has reached, of how many, and when it moves on. */
export function EscalationProgress({
  view,
  page,
  now,
}: {
  view: EscalationView | undefined;
  page: PageStateView;
  now: number;
}) {
  if (!view || view.levels === 0)
    return <WallChart title="Escalation" summary={page.headline} testId="wall-escalation" />;
  const levels = Array.from({ length: view.levels }, (_, index) => ({
    name: `Level ${index + 1}`,
    reached: 1,
  }));
  const next = view.dueAt ? ` · next level ${countdown(view.dueAt, now)}` : '';
  return (
    <WallChart
      title="Escalation"
      summary={`${page.headline} · level ${view.level} of ${view.levels}${next}`}
      testId="wall-escalation"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={levels} margin={{ top: 4, right: 4, bottom: 0, left: 4 }}>
          <XAxis
            dataKey="name"
            tick={{ fill: WALL_CHART_COLOURS.axis, fontSize: '0.7em' }}
            stroke={WALL_CHART_COLOURS.grid}
          />
          <Bar dataKey="reached" isAnimationActive={false}>
            {levels.map((level, index) => (
              <Cell key={level.name} fill={levelColour(index, view)} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </WallChart>
  );
}
