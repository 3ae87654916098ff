import type { ReactNode } from 'react';

/**
 * A chart on the wall: a heading, the picture, and one sentence saying what
 * it shows (read by screen readers, and by the room when the picture is empty).
 */
export function WallChart({
  title,
  summary,
  testId,
  children,
}: {
  title: string;
  summary: string;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <figure className="wall-chart" data-testid={testId}>
      <figcaption className="wall-chart-head">
        <span className="wall-chart-title">{title}</span>
        <span className="wall-chart-summary">{summary}</span>
      </figcaption>
      {children ? (
        <div className="wall-chart-plot" aria-hidden="true">
          {children}
        </div>
      ) : null}
    </figure>
  );
}

/** Colours that read on the wall's dark background. */
export const WALL_CHART_COLOURS = {
  bar: '#7cc4ff',
  grid: '#2a2e38',
  axis: '#b8bcc8',
  late: '#ff5a4f',
  ok: '#3ecf6a',
  soon: '#ffb340',
  idle: '#3a3f4b',
};
