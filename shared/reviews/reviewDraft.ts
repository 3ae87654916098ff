import type { CommandContext } from '../commands/command.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import type { ReviewDoc, ReviewTimelineLine } from '../schema/review.ts';
import type { TimelineEntryDoc } from '../schema/timelineEntry.ts';

/** Kinds of timeline entry that are key events or decisions; notes only when starred. */
const KEY_EVENT_KINDS = new Set<TimelineEntryDoc['kind']>([
  'status-change',
  'decision',
  'role-change',
  'escalation',
]);

/** The most lines a draft takes from the incident; people add the rest by hand. */
export const MAX_DRAFTED_LINES = 200;

/** One review per incident: peers that start it at once write the same document, which merges. */
export function reviewIdFor(incidentId: string): string {
  return `rv-${incidentId}`;
}

/**
 * The review's first timeline: the incident's key events and decisions (and
 * starred notes), each linked to its entry. A corrected entry is replaced by
 * its correction; lines are in the order things happened.
 */
export function draftReviewTimeline(
  entries: readonly TimelineEntryDoc[],
  authorId: string,
): ReviewTimelineLine[] {
  const corrected = new Set(entries.flatMap((entry) => (entry.corrects ? [entry.corrects] : [])));
  // In the order they were written, then (stably) by when they happened.
  return [...entries]
    .sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0))
    .filter((entry) => !corrected.has(entry.id))
    .filter((entry) => entry.starred || KEY_EVENT_KINDS.has(entry.kind))
    .map((entry) => ({
      id: `tl-${entry.id}`,
      at: entry.occurredAt ?? entry.at,
      text: entry.text.slice(0, 2000),
      sourceEntryId: entry.id,
      authorId,
    }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .slice(0, MAX_DRAFTED_LINES);
}

/** A blameless draft for a resolved incident: its summary and key events filled in. */
export function draftReview(
  incident: IncidentDoc,
  entries: readonly TimelineEntryDoc[],
  context: CommandContext,
): ReviewDoc {
  const at = context.now.toISOString();
  return {
    id: reviewIdFor(incident.id),
    incidentId: incident.id,
    incidentReference: incident.reference,
    incidentTitle: incident.title,
    exercise: incident.exercise,
    severity: incident.severity,
    status: 'draft',
    summary: incident.resolutionSummary ?? '',
    impact: '',
    timeline: draftReviewTimeline(entries, context.actor.id),
    factors: [],
    wentWell: [],
    wasHard: [],
    sensitivity: {},
    createdAt: at,
    createdBy: context.actor.id,
    hlc: context.nextHlc(),
  };
}
