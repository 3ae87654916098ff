import { describe, expect, it } from 'vitest';
import { recentMonths } from './monthBounds.ts';

describe('recentMonths', () => {
  it('bounds whole calendar months in the zone, oldest first', () => {
    const now = Date.parse('2026-03-15T12:00:00.000Z');
    expect(recentMonths(2, now, 'UTC')).toEqual([
      { month: '2026-02', from: '2026-02-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' },
      { month: '2026-03', from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' },
    ]);
    // Berlin moves to summer time on 29 March 2026: April starts at 22:00 UTC.
    expect(recentMonths(1, now, 'Europe/Berlin')).toEqual([
      { month: '2026-03', from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T22:00:00.000Z' },
    ]);
  });
});
