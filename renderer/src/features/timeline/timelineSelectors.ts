import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import type { TimelineKindFilter } from '../incidents/incidentsSlice.ts';

export function filterTimeline(
  entries: readonly TimelineEntryDoc[],
  kind: TimelineKindFilter,
): readonly TimelineEntryDoc[] {
  return kind === 'all' ? entries : entries.filter((entry) => entry.kind === kind);
}

/** The newest `count` entries, newest first (entries arrive in clock order). */
export function latestEntries(
  entries: readonly TimelineEntryDoc[],
  count: number,
): TimelineEntryDoc[] {
  return entries.slice(-count).reverse();
}

/** Ids of entries that a later entry corrects: shown struck through, never removed. */
export function correctedEntryIds(entries: readonly TimelineEntryDoc[]): ReadonlySet<string> {
  return new Set(entries.flatMap((entry) => (entry.corrects ? [entry.corrects] : [])));
}
