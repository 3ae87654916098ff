import { TZDate, tzName } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * How a workspace (and, overriding it, a person) wants times shown: in UTC,
 * or in the viewer's own zone. Whichever it is, every time on screen and in
 * exports carries its zone label, in one format: "2026-12-03 14:05 UTC",
 * "09:05 EST".
 */
export const TIME_DISPLAYS = ['utc', 'local'] as const;
export type TimeDisplay = (typeof TIME_DISPLAYS)[number];

export const TIME_DISPLAY_LABELS: Record<TimeDisplay, string> = {
  utc: 'UTC',
  local: 'Local time',
};

/** Shown where a time is missing or unreadable, rather than "Invalid Date". */
export const NO_TIME = '—';

/** The zone this JavaScript runtime is in (the viewer's browser, or the node's machine). */
export function runtimeTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The zone to show times in: the person's choice, else the workspace's, else UTC. */
export function resolveTimeZone(
  workspaceChoice: TimeDisplay | undefined,
  personChoice: TimeDisplay | undefined,
  localZone: string = runtimeTimeZone(),
): string {
  const choice = personChoice ?? workspaceChoice ?? 'utc';
  return choice === 'utc' ? 'UTC' : localZone;
}

function parsed(at: string | number | Date): Date | undefined {
  const date = at instanceof Date ? at : new Date(at);
  return Number.isNaN(date.getTime()) || at === '' ? undefined : date;
}

/** "UTC", "EST", "GMT+1": the short name of the zone at that moment (daylight time included). */
export function zoneLabel(zone: string, at: Date): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  return tzName(zone, at, 'short');
}

function formatIn(at: string | number | Date, zone: string, pattern: string): string {
  const date = parsed(at);
  if (!date) return NO_TIME;
  return `${format(new TZDate(date, zone), pattern)} ${zoneLabel(zone, date)}`;
}

/** "14:05 UTC" — a clock time with its zone. */
export function formatTime(at: string | number | Date, zone: string): string {
  return formatIn(at, zone, 'HH:mm');
}

/** "14:05:09 UTC" — for clocks that tick. */
export function formatTimeWithSeconds(at: string | number | Date, zone: string): string {
  return formatIn(at, zone, 'HH:mm:ss');
}

/** "2026-12-03 14:05 UTC" — the one date-and-time format. */
export function formatDateTime(at: string | number | Date, zone: string): string {
  return formatIn(at, zone, 'yyyy-MM-dd HH:mm');
}

/** "2026-12-03" in that zone (a calendar date needs no zone label). */
export function formatDate(at: string | number | Date, zone: string): string {
  const date = parsed(at);
  return date ? format(new TZDate(date, zone), 'yyyy-MM-dd') : NO_TIME;
}

/** "Thu 2026-12-03 14:05 EST": rotations and shifts, where the weekday matters. */
export function formatDayTime(at: string | number | Date, zone: string): string {
  return formatIn(at, zone, 'EEE yyyy-MM-dd HH:mm');
}

/** The same moment in the source zone and, when different, the viewer's: "17:00 CET (11:00 EST)". */
export function formatInBothZones(
  at: string | number | Date,
  sourceZone: string,
  viewerZone: string,
  formatter: (at: string | number | Date, zone: string) => string = formatDayTime,
): string {
  const source = formatter(at, sourceZone);
  const date = parsed(at);
  if (!date || zoneLabel(sourceZone, date) === zoneLabel(viewerZone, date)) return source;
  return `${source} (${formatTime(date, viewerZone)})`;
}

/**
 * A date and time typed by a person ("2026-12-03T09:05" from a
 * datetime-local field) read in the zone they are shown times in, as an
 * ISO instant; undefined when it is not a date and time.
 */
export function zonedInputToIso(value: string, zone: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new TZDate(year, month - 1, day, hour, minute, zone);
  return Number.isNaN(date.getTime()) ? undefined : new Date(date.getTime()).toISOString();
}

/** The other way: an instant as a datetime-local value in the zone shown. */
export function isoToZonedInput(at: string | number | Date, zone: string): string {
  const date = parsed(at);
  return date ? format(new TZDate(date, zone), "yyyy-MM-dd'T'HH:mm") : '';
}
