import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import type { TimelineKindFilter } from '../incidents/incidentsSlice.ts';

export interface TimelineFilter {
  kind: TimelineKindFilter;
  personId: string | null;
  starredOnly: boolean;
}

/** Entries matching every filter; the unfiltered array itself when nothing filters (no copy of 50,000). */
export function filterTimeline(
  entries: readonly TimelineEntryDoc[],
  filter: TimelineFilter,
): readonly TimelineEntryDoc[] {
  const { kind, personId, starredOnly } = filter;
  if (kind === 'all' && !personId && !starredOnly) return entries;
  return entries.filter(
    (entry) =>
      (kind === 'all' || entry.kind === kind) &&
      (!personId || entry.actorId === personId) &&
      (!starredOnly || entry.starred),
  );
}

/** Ids of entries that a later entry corrects: shown struck through, never removed. */
export function correctedEntryIds(entries: readonly TimelineEntryDoc[]): ReadonlySet<string> {
  return new Set(entries.flatMap((entry) => (entry.corrects ? [entry.corrects] : [])));
}

/** Each corrected entry's id → the entries correcting it, and every entry by id. */
export function correctionLinks(entries: readonly TimelineEntryDoc[]) {
  const byId = new Map<string, TimelineEntryDoc>();
  const correctedBy = new Map<string, TimelineEntryDoc>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    if (entry.corrects) correctedBy.set(entry.corrects, entry);
  }
  return { byId, correctedBy };
}
