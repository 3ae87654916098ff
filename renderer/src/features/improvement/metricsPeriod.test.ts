import { describe, expect, it } from 'vitest';
import { currentAndPreviousMonth, periodStart } from './metricsPeriod.ts';

describe('metrics periods', () => {
  const now = Date.parse('2026-12-01T03:00:00.000Z');

  it('starts a period at a month boundary in the zone shown', () => {
    expect(periodStart('3', now, 'UTC')).toBe('2026-10-01T00:00:00.000Z');
    // 03:00 UTC on 1 December is still 30 November in New York.
    expect(periodStart('3', now, 'America/New_York')).toBe('2026-09-01T04:00:00.000Z');
    expect(periodStart('all', now, 'UTC')).toBeUndefined();
  });

  it('names this month and last in that zone', () => {
    expect(currentAndPreviousMonth(now, 'UTC')).toEqual(['2026-12', '2026-11']);
    expect(currentAndPreviousMonth(now, 'America/New_York')).toEqual(['2026-11', '2026-10']);
  });
});
