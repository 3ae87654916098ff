import { TZDate } from '@date-fns/tz';
import { addMonths, format, startOfMonth, subMonths } from 'date-fns';
import type { MonthBounds } from './kpiStatus.ts';

/** The last `count` calendar months up to the one `now` is in, oldest first, bounded in `zone`. */
export function recentMonths(count: number, now: number, zone: string): MonthBounds[] {
  const thisMonth = startOfMonth(new TZDate(now, zone));
  return Array.from({ length: count }, (_, index) => {
    const start = subMonths(thisMonth, count - 1 - index);
    return {
      month: format(start, 'yyyy-MM'),
      from: new Date(start.getTime()).toISOString(),
      to: new Date(addMonths(start, 1).getTime()).toISOString(),
    };
  });
}
