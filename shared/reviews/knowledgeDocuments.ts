import type { IncidentDoc } from '../schema/incident.ts';
import type { ReviewDoc } from '../schema/review.ts';
import type { KnowledgeDocument } from './knowledgeIndex.ts';

/** Incidents the knowledge base holds: the ones that are over. */
export function isPastIncident(incident: IncidentDoc): boolean {
  return incident.status === 'resolved' || incident.status === 'closed';
}

/** An incident as the knowledge base reads it: what it was, what fixed it, what was said on it. */
export function incidentKnowledge(
  incident: IncidentDoc,
  timelineTexts: readonly string[] = [],
): KnowledgeDocument {
  return {
    type: 'incident',
    id: incident.id,
    title: `${incident.reference} ${incident.title}`,
    body: [incident.summary, incident.resolutionSummary ?? '', ...timelineTexts]
      .filter((text) => text.trim())
      .join('\n'),
    exercise: incident.exercise,
    at: incident.declaredAt,
    tags: [incident.severity, incident.type, ...(incident.serviceIds ?? [])],
  };
}

/** A review as the knowledge base reads it: its sections, lines and cause categories. */
export function reviewKnowledge(review: ReviewDoc): KnowledgeDocument {
  return {
    type: 'review',
    id: review.id,
    title: `Review of ${review.incidentReference} ${review.incidentTitle}`,
    body: [
      review.summary,
      review.impact,
      ...review.factors.map((f) => `${f.category}: ${f.text}`),
      ...review.wentWell.map((n) => n.text),
      ...review.wasHard.map((n) => n.text),
      ...review.timeline.map((l) => l.text),
    ]
      .filter((text) => text.trim())
      .join('\n'),
    exercise: review.exercise,
    at: review.createdAt,
    tags: [review.severity, ...review.factors.map((f) => f.category)],
  };
}
