import type { PersonDoc } from '../../../../shared/schema/person.ts';
import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';

/** Who wrote an entry, in words: a person's name, the node itself, or the integration that called the API. */
export function timelineAuthor(
  entry: TimelineEntryDoc,
  people: ReadonlyMap<string, PersonDoc>,
): string {
  const person = people.get(entry.actorId);
  if (person) return person.displayName;
  if (entry.actorKind === 'system') return 'Lantern';
  if (entry.actorKind === 'integration') return `Integration: ${entry.actorId}`;
  return entry.actorId;
}
