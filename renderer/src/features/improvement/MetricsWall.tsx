import { formatMinutes } from '../../../../shared/incidents/responseTimes.ts';
import type { GroupRow } from '../../../../shared/improvement/responseMetrics.ts';
import { minutesText } from './chartColours.ts';
import { DEFAULT_CHOICE } from './MetricsFilters.tsx';
import { currentAndPreviousMonth } from './metricsPeriod.ts';
import { useMetricsChoice } from './useMetricsChoice.ts';
import { WallKpis } from './WallKpis.tsx';

type Direction = 'better' | 'worse' | 'same' | 'none';

/** Lower is better for every clock; no comparison without both months measured. */
function direction(now: number | undefined, before: number | undefined): Direction {
  if (now === undefined || before === undefined) return 'none';
  return now < before ? 'better' : now > before ? 'worse' : 'same';
}

const DIRECTION_TEXT: Record<Direction, string> = {
  better: '▼ faster than last month',
  worse: '▲ slower than last month',
  same: '= same as last month',
  none: 'no comparison',
};

/** More incidents is not "worse" response: the count says only more or fewer. */
const COUNT_TEXT: Record<Direction, string> = {
  better: '▼ fewer than last month',
  worse: '▲ more than last month',
  same: '= same as last month',
  none: 'no comparison',
};

function WallNumber({
  label,
  value,
  trend,
  isCount = false,
}: {
  label: string;
  value: string;
  trend: Direction;
  isCount?: boolean;
}) {
  return (
    <div className={`metrics-wall-number ${isCount ? '' : `metrics-wall-${trend}`}`}>
      <div className="metrics-wall-label">{label}</div>
      <div className="metrics-wall-value">{value}</div>
      <div className="metrics-wall-trend">{(isCount ? COUNT_TEXT : DIRECTION_TEXT)[trend]}</div>
    </div>
  );
}

/** The month's key numbers in type legible from across the room, each against last month. */
export function MetricsWall() {
  const { zone, now, live } = useMetricsChoice({ ...DEFAULT_CHOICE, period: '3' });
  const [thisMonth, lastMonth] = currentAndPreviousMonth(now, zone);
  const month = (key: string): GroupRow | undefined =>
    live.metrics.monthly.find((row) => row.key === key);
  const current = month(thisMonth);
  const previous = month(lastMonth);
  const clock = (
    row: GroupRow | undefined,
    measure: 'acknowledge' | 'resolve',
    stat: 'median' | 'p90',
  ) => row?.clocks[measure][stat];
  const numbers = [
    {
      label: 'Real incidents',
      value: String(current?.count ?? 0),
      trend: direction(current?.count ?? 0, previous?.count ?? 0),
      isCount: true,
    },
    ...(['acknowledge', 'resolve'] as const).flatMap((measure) =>
      (['median', 'p90'] as const).map((stat) => ({
        label: `${measure === 'acknowledge' ? 'Acknowledge' : 'Resolve'} ${stat === 'median' ? 'median' : 'p90'}`,
        value: minutesText(clock(current, measure, stat), formatMinutes),
        trend: direction(clock(current, measure, stat), clock(previous, measure, stat)),
      })),
    ),
  ];
  return (
    <section
      className="metrics-wall"
      aria-labelledby="metrics-wall-title"
      data-testid="metrics-wall"
    >
      <h1 id="metrics-wall-title" className="metrics-wall-title">
        Response this month — {thisMonth} ({zone})
      </h1>
      <div className="metrics-wall-numbers">
        {numbers.map((number) => (
          <WallNumber key={number.label} {...number} />
        ))}
      </div>
      <WallKpis base={live.base} now={now} />
      <p className="metrics-wall-scope">
        Real incidents only; exercises excluded. Compared with {lastMonth}.
      </p>
    </section>
  );
}
