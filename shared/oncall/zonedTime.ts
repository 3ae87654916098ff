import { tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;
const DAY = 86_400_000;
const OFFSET_CACHE_LIMIT = 50_000;
const offsetCache = new Map<string, number>();

/**
 * UTC offset in minutes, memoised per zone and minute: zones change offset
 * on whole minutes, and a schedule asks about the same instants many times.
 */
function offsetMinutes(timeZone: string, instant: number): number {
  const key = `${timeZone}|${Math.floor(instant / MINUTE)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    if (offsetCache.size >= OFFSET_CACHE_LIMIT) offsetCache.clear();
    offset = tzOffset(timeZone, new Date(Math.floor(instant / MINUTE) * MINUTE));
    offsetCache.set(key, offset);
  }
  return offset;
}

/**
 * "Wall-clock milliseconds": local date and time in a zone, encoded as if it
 * were UTC. Shift arithmetic happens on this axis so that a 09:00 handoff
 * stays at 09:00 local across DST changes.
 */
export function toWallClock(instant: number, timeZone: string): number {
  return instant + offsetMinutes(timeZone, instant) * MINUTE;
}

/**
 * The instant a wall-clock time occurs in a zone. When the clocks go back and
 * the time happens twice, the first occurrence; when they go forward and it
 * never happens, the same moment shifted by the jump (09:30 in a 09:00-10:00
 * gap becomes 10:30), as Temporal's "compatible" disambiguation does.
 */
export function fromWallClock(wallClock: number, timeZone: string): number {
  const before = wallClock - offsetMinutes(timeZone, wallClock - DAY) * MINUTE;
  const after = wallClock - offsetMinutes(timeZone, wallClock + DAY) * MINUTE;
  const valid = [before, after].filter((c) => toWallClock(c, timeZone) === wallClock);
  return valid.length > 0 ? Math.min(...valid) : before;
}

/** Wall-clock milliseconds of a local date (YYYY-MM-DD) at a local time (HH:mm). */
export function wallClockOf(localDate: string, localTime: string): number {
  const [year = 0, month = 1, day = 1] = localDate.split('-').map(Number);
  const [hour = 0, minute = 0] = localTime.split(':').map(Number);
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** Midnight (wall clock) of the day a wall-clock time falls on. */
export function startOfWallDay(wallClock: number): number {
  return Math.floor(wallClock / DAY) * DAY;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const WALL_DAY = DAY;
