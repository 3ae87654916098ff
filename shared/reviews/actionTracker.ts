import type { ActionItemDoc } from '../schema/review.ts';

/** Past its due date and not done. */
export function isOverdue(item: ActionItemDoc, now: Date): boolean {
  return item.status !== 'done' && Date.parse(item.dueAt) < now.getTime();
}

export interface TrackerFilter {
  ownerId?: string;
  status?: ActionItemDoc['status'] | 'not-done';
  overdueOnly?: boolean;
}

export interface TrackerRow {
  item: ActionItemDoc;
  overdue: boolean;
}

function matches(item: ActionItemDoc, filter: TrackerFilter, overdue: boolean): boolean {
  if (filter.ownerId && item.ownerId !== filter.ownerId) return false;
  if (filter.status === 'not-done' && item.status === 'done') return false;
  if (filter.status && filter.status !== 'not-done' && item.status !== filter.status) return false;
  return !filter.overdueOnly || overdue;
}

/**
 * The tracker's rows: real incidents' items before exercises', then overdue
 * before the rest, then the nearest due date first; done items last.
 */
export function trackerRows(
  items: readonly ActionItemDoc[],
  now: Date,
  filter: TrackerFilter = {},
): TrackerRow[] {
  const rank = (row: TrackerRow) =>
    (row.item.exercise ? 4 : 0) + (row.item.status === 'done' ? 2 : 0) + (row.overdue ? 0 : 1);
  return items
    .map((item) => ({ item, overdue: isOverdue(item, now) }))
    .filter((row) => matches(row.item, filter, row.overdue))
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        Date.parse(a.item.dueAt) - Date.parse(b.item.dueAt) ||
        a.item.id.localeCompare(b.item.id),
    );
}
