import { MEASURE_LABELS, MEASURES } from './incidentMeasures.ts';
import type { GroupRow } from './responseMetrics.ts';

function cell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The numbers behind a breakdown chart as CSV, one row per group, minutes
 * for every clock. The zone the periods were read in is a column, so a
 * month exported from one zone is never mistaken for another's.
 */
export function groupRowsCsv(
  groupHeading: string,
  rows: readonly GroupRow[],
  zone: string,
  labelOf: (key: string) => string = (key) => key,
): string {
  const clockHeads = MEASURES.flatMap((measure) =>
    ['median', 'p90', 'mean', 'measured'].map((stat) => `${MEASURE_LABELS[measure]} ${stat} (min)`),
  );
  const head = [groupHeading, 'Zone', 'Incidents', ...clockHeads].map(cell).join(',');
  const lines = rows.map((row) =>
    [
      labelOf(row.key),
      zone,
      row.count,
      ...MEASURES.flatMap((measure) => {
        const clock = row.clocks[measure];
        return [clock.median, clock.p90, clock.mean, clock.count];
      }),
    ]
      .map(cell)
      .join(','),
  );
  return `${[head, ...lines].join('\n')}\n`;
}
