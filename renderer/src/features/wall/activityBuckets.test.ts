import { describe, expect, it } from 'vitest';
import { activityBuckets } from './activityBuckets.ts';

const NOW = Date.parse('2026-12-03T14:00:00Z');

describe('activityBuckets', () => {
  it('counts entries per five minutes over the last hour, oldest first, ignoring older ones', () => {
    const buckets = activityBuckets(
      [
        '2026-12-03T13:59:00Z',
        '2026-12-03T13:56:00Z',
        '2026-12-03T13:01:00Z',
        '2026-12-03T12:30:00Z',
        'not a time',
      ],
      NOW,
    );
    expect(buckets).toHaveLength(12);
    expect(buckets[0]).toEqual({ label: '−60 min', entries: 1 });
    expect(buckets[11]).toEqual({ label: 'now', entries: 2 });
    expect(buckets.reduce((sum, b) => sum + b.entries, 0)).toBe(3);
  });
});
