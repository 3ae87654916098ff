import {
  fromWallClock,
  isValidTimeZone,
  startOfWallDay,
  toWallClock,
  wallClockOf,
} from '../oncall/zonedTime.ts';

export interface QuietHours {
  start: string;
  end: string;
  timeZone: string;
}

const minutesOf = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/**
 * When quiet hours that contain `at` end, or null when `at` is outside them.
 * A window may cross midnight (22:00–07:00). An unknown zone means no quiet
 * hours: a page is never held back by a typo.
 */
export function quietHoursEnd(quiet: QuietHours | undefined, at: Date): Date | null {
  if (!quiet || !isValidTimeZone(quiet.timeZone) || quiet.start === quiet.end) return null;
  const wall = toWallClock(at.getTime(), quiet.timeZone);
  const day = startOfWallDay(wall);
  const now = (wall - day) / 60_000;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const crossesMidnight = start > end;
  const inside = crossesMidnight ? now >= start || now < end : now >= start && now < end;
  if (!inside) return null;
  const endDay = crossesMidnight && now >= start ? day + 86_400_000 : day;
  const date = new Date(endDay).toISOString().slice(0, 10);
  return new Date(fromWallClock(wallClockOf(date, quiet.end), quiet.timeZone));
}
