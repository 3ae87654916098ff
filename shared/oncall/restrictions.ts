import { WEEKDAYS, type RestrictionWindow } from './rotationSchema.ts';
import { fromWallClock, startOfWallDay, toWallClock, wallClockOf, WALL_DAY } from './zonedTime.ts';

interface Window {
  start: number;
  end: number;
}

function minutesOf(localTime: string): number {
  return wallClockOf('1970-01-01', localTime) / 60_000;
}

/** The windows that open on one local day, as instants. */
function windowsOpeningOn(
  restrictions: readonly RestrictionWindow[],
  wallDay: number,
  timeZone: string,
): Window[] {
  const weekday = WEEKDAYS[new Date(wallDay).getUTCDay()];
  const windows: Window[] = [];
  for (const restriction of restrictions) {
    if (!weekday || !restriction.days.includes(weekday)) continue;
    const start = minutesOf(restriction.start);
    let end = minutesOf(restriction.end);
    if (end <= start) end += 24 * 60;
    windows.push({
      start: fromWallClock(wallDay + start * 60_000, timeZone),
      end: fromWallClock(wallDay + end * 60_000, timeZone),
    });
  }
  return windows;
}

/** Windows that may overlap [from, to]: those opening from the day before `from` to the day of `to`. */
function windowsAround(
  restrictions: readonly RestrictionWindow[],
  timeZone: string,
  from: number,
  to: number,
): Window[] {
  const windows: Window[] = [];
  const lastDay = startOfWallDay(toWallClock(to, timeZone));
  for (
    let day = startOfWallDay(toWallClock(from, timeZone)) - WALL_DAY;
    day <= lastDay;
    day += WALL_DAY
  )
    windows.push(...windowsOpeningOn(restrictions, day, timeZone));
  return windows;
}

/** Whether a layer with these restrictions is on call at `instant`; no restrictions means always. */
export function isWithinRestrictions(
  restrictions: readonly RestrictionWindow[],
  timeZone: string,
  instant: number,
): boolean {
  if (restrictions.length === 0) return true;
  return windowsAround(restrictions, timeZone, instant, instant).some(
    (w) => w.start <= instant && instant < w.end,
  );
}

/** Every window edge strictly inside (from, to). */
export function restrictionEdgesBetween(
  restrictions: readonly RestrictionWindow[],
  timeZone: string,
  from: number,
  to: number,
): number[] {
  return windowsAround(restrictions, timeZone, from, to)
    .flatMap((w) => [w.start, w.end])
    .filter((edge) => edge > from && edge < to);
}
