/** Colours that keep their contrast on the light console and in print; p90 is dashed too, not only coloured. */
export const METRICS_COLOURS = {
  median: '#1f6feb',
  p90: '#b35900',
  count: '#5a6472',
  axis: '#3b4250',
  grid: '#d5d9e0',
};

/** Minutes shown as a duration, or "—" when nothing was measured. */
export function minutesText(
  minutes: number | undefined,
  format: (value: number) => string,
): string {
  return minutes === undefined ? '—' : format(minutes);
}
