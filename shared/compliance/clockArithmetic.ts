import type { ClockLength } from './obligationRules.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * When a clock of this length started at `start` runs out. Hours and days
 * are elapsed time (a 72-hour clock is 72 hours even across a daylight-saving
 * change); months are calendar months in UTC, and a day past the end of the
 * shorter month lands on its last day (31 January + 1 month = 28 or 29
 * February), as Regulation 1182/71 Art. 3(2)(c) counts them.
 */
export function clockEnd(start: Date, length: ClockLength): Date {
  if (length.unit === 'hours') return new Date(start.getTime() + length.amount * HOUR);
  if (length.unit === 'days') return new Date(start.getTime() + length.amount * DAY);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + length.amount;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const end = new Date(start.getTime());
  end.setUTCFullYear(year, month, Math.min(start.getUTCDate(), lastDay));
  return end;
}

/** "2 d 3 h 05 min" / "45 min": how long is left (or how long overdue), to the minute. */
export function describeDuration(milliseconds: number): string {
  const minutes = Math.floor(Math.abs(milliseconds) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `${days} d ${hours} h ${String(rest).padStart(2, '0')} min`;
  if (hours > 0) return `${hours} h ${String(rest).padStart(2, '0')} min`;
  return `${rest} min`;
}
