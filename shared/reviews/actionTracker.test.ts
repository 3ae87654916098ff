import { describe, expect, it } from 'vitest';
import type { ActionItemDoc } from '../schema/review.ts';
import { isOverdue, trackerRows } from './actionTracker.ts';

const now = new Date('2026-12-05T12:00:00Z');
function item(id: string, dueAt: string, extra: Partial<ActionItemDoc> = {}): ActionItemDoc {
  return {
    id,
    reviewId: 'rv-1',
    incidentId: 'inc-1',
    incidentReference: 'INC-1',
    exercise: false,
    title: id,
    ownerId: 'p-dana',
    dueAt,
    dueZone: 'Europe/Berlin',
    priority: 'medium',
    status: 'open',
    createdAt: '2026-11-26T10:00:00Z',
    createdBy: 'p-ada',
    hlc: 'h',
    ...extra,
  };
}

describe('the action item tracker', () => {
  it('an item is overdue past its due instant, whatever zone it was set in, until done', () => {
    // 12:30 in Berlin is 11:30 UTC: already past at 12:00 UTC.
    expect(isOverdue(item('a', '2026-12-05T12:30:00+01:00'), now)).toBe(true);
    expect(isOverdue(item('b', '2026-12-05T12:30:00Z'), now)).toBe(false);
    expect(isOverdue(item('c', '2026-12-01T09:00:00Z', { status: 'done' }), now)).toBe(false);
  });

  it('lists real incidents first, overdue first, nearest due first, done last', () => {
    const rows = trackerRows(
      [
        item('exercise-overdue', '2026-12-01T09:00:00Z', { exercise: true }),
        item('later', '2026-12-20T09:00:00Z'),
        item('done', '2026-12-01T09:00:00Z', { status: 'done' }),
        item('soon', '2026-12-06T09:00:00Z'),
        item('overdue', '2026-12-04T09:00:00Z', { status: 'in-progress' }),
      ],
      now,
    );
    expect(rows.map((r) => [r.item.id, r.overdue])).toEqual([
      ['overdue', true],
      ['soon', false],
      ['later', false],
      ['done', false],
      ['exercise-overdue', true],
    ]);
  });

  it('filters by owner, status and overdue', () => {
    const items = [
      item('mine', '2026-12-01T09:00:00Z'),
      item('theirs', '2026-12-01T09:00:00Z', { ownerId: 'p-sam' }),
      item('closed', '2026-12-01T09:00:00Z', { status: 'done' }),
    ];
    const ids = (filter: Parameters<typeof trackerRows>[2]) =>
      trackerRows(items, now, filter).map((r) => r.item.id);
    expect(ids({ ownerId: 'p-sam' })).toEqual(['theirs']);
    expect(ids({ status: 'not-done' })).toEqual(['mine', 'theirs']);
    expect(ids({ overdueOnly: true })).toEqual(['mine', 'theirs']);
    expect(ids({ status: 'done' })).toEqual(['closed']);
  });
});
