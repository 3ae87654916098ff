import type { AlertDoc } from '../schema/alert.ts';
import type { MaintenanceWindowDoc, WeeklyRecurrence } from '../schema/maintenanceWindow.ts';
import { WALL_DAY, fromWallClock, startOfWallDay, toWallClock } from '../oncall/zonedTime.ts';

const MINUTE = 60_000;

type AlertTarget = Pick<AlertDoc, 'service' | 'labels'>;
type WindowMatchers = Pick<MaintenanceWindowDoc, 'services' | 'labels'>;

/**
 * An alert is in a window's scope when its service is one of the window's
 * services (if it lists any) and it carries every listed label with that
 * value. A window with no matchers at all matches nothing: it would
 * otherwise silence every alert.
 */
export function windowMatchesAlert(window: WindowMatchers, alert: AlertTarget): boolean {
  if (window.services.length === 0 && window.labels.length === 0) return false;
  if (window.services.length > 0 && !window.services.includes(alert.service ?? '')) return false;
  return window.labels.every((matcher) => alert.labels[matcher.name] === matcher.value);
}

/** The start (instant, ms) of the weekly occurrence covering `instant`, if one does. */
export function occurrenceCovering(
  recurrence: WeeklyRecurrence,
  instant: number,
): number | undefined {
  const [hour = 0, minute = 0] = recurrence.startTime.split(':').map(Number);
  const duration = recurrence.durationMinutes * MINUTE;
  const today = startOfWallDay(toWallClock(instant, recurrence.timeZone));
  // An occurrence can start up to its duration before `instant`: look back that many days.
  const daysBack = Math.ceil(duration / WALL_DAY);
  for (let back = 0; back <= daysBack; back++) {
    const day = today - back * WALL_DAY;
    if (!recurrence.weekdays.includes(new Date(day).getUTCDay())) continue;
    const start = fromWallClock(day + (hour * 60 + minute) * MINUTE, recurrence.timeZone);
    if (start <= instant && instant < start + duration) return start;
  }
  return undefined;
}

/** Whether a window is in force at an instant (ended early: from `endedAt` on, never). */
export function windowActiveAt(window: MaintenanceWindowDoc, at: Date): boolean {
  const instant = at.getTime();
  if (window.endedAt && instant >= Date.parse(window.endedAt)) return false;
  if (instant < Date.parse(window.startsAt) || instant >= Date.parse(window.endsAt)) return false;
  return !window.recurrence || occurrenceCovering(window.recurrence, instant) !== undefined;
}

/** The first window, by id for a stable answer, that is active and matches the alert. */
export function suppressingWindow(
  windows: readonly MaintenanceWindowDoc[],
  alert: AlertTarget,
  at: Date,
): MaintenanceWindowDoc | undefined {
  return [...windows]
    .sort((a, b) => a.id.localeCompare(b.id))
    .find((window) => windowActiveAt(window, at) && windowMatchesAlert(window, alert));
}
