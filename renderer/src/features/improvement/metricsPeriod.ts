import { TZDate } from '@date-fns/tz';
import { startOfMonth, subMonths } from 'date-fns';

export const PERIODS = ['3', '6', '12', '36', 'all'] as const;
export type Period = (typeof PERIODS)[number];

export const PERIOD_LABELS: Record<Period, string> = {
  '3': 'Last 3 months',
  '6': 'Last 6 months',
  '12': 'Last 12 months',
  '36': 'Last 3 years',
  all: 'All time',
};

/**
 * The start of a period: the first day of the month `months - 1` before
 * this one, at midnight in the zone shown, so "last 3 months" is three
 * whole calendar months as the viewer reads them.
 */
export function periodStart(period: Period, now: number, zone: string): string | undefined {
  if (period === 'all') return undefined;
  const thisMonth = startOfMonth(new TZDate(now, zone));
  return new Date(subMonths(thisMonth, Number(period) - 1).getTime()).toISOString();
}

/** The calendar month `now` is in, and the one before, as "yyyy-MM" in the zone. */
export function currentAndPreviousMonth(now: number, zone: string): [string, string] {
  const here = new TZDate(now, zone);
  const key = (date: Date) =>
    `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
  return [key(here), key(subMonths(here, 1))];
}
