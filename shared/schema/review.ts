import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

/** A review is written while it is a draft; once complete it is the record others learn from. */
export const REVIEW_STATUSES = ['draft', 'complete'] as const;

/**
 * Where a contributing factor belongs (the practice's taxonomy): the cause
 * category decides who fixes it, never who is to blame.
 */
export const CAUSE_CATEGORIES = [
  'process-gap',
  'training-deficit',
  'design-flaw',
  'capacity',
  'change-management',
  'third-party',
  'monitoring-gap',
  'other',
] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

/** Who a section may be shown to; an export for a wider audience leaves out what is above it. */
export const SENSITIVITY_LABELS = ['public', 'internal', 'confidential', 'restricted'] as const;
export type SensitivityLabel = (typeof SENSITIVITY_LABELS)[number];

/** The sections of a review that carry a sensitivity label of their own. */
export const REVIEW_SECTIONS = [
  'summary',
  'impact',
  'timeline',
  'factors',
  'wentWell',
  'wasHard',
] as const;
export type ReviewSection = (typeof REVIEW_SECTIONS)[number];

const label = z.enum(SENSITIVITY_LABELS).optional();
/** Each section's label; a section without one is internal. */
export const sectionLabelsShape = z.strictObject({
  summary: label,
  impact: label,
  timeline: label,
  factors: label,
  wentWell: label,
  wasHard: label,
});

const lineText = z.string().trim().min(1).max(2000);

/** One line of the review's timeline, drafted from the incident's timeline or written by hand. */
export const reviewTimelineLineShape = z.strictObject({
  id: idField,
  /** When it happened, with its zone. */
  at: isoTimeField,
  text: lineText,
  /** The incident timeline entry it was drafted from; absent when written in the review. */
  sourceEntryId: idField.optional(),
  authorId: idField,
});

/** A contributing factor, classified; several per review. */
export const contributingFactorShape = z.strictObject({
  id: idField,
  category: z.enum(CAUSE_CATEGORIES),
  text: lineText,
  addedAt: isoTimeField,
  authorId: idField,
});

/** A note of what went well or what was hard. */
export const reviewNoteShape = z.strictObject({
  id: idField,
  text: lineText,
  at: isoTimeField,
  authorId: idField,
});

/**
 * The blameless review of one resolved incident. Each list item merges on
 * its own and each section's text and label is its own field, so several
 * people writing at once on peers that were apart keep every edit.
 */
export const reviewShape = z.strictObject({
  id: idField,
  incidentId: idField,
  incidentReference: z.string().max(32),
  incidentTitle: z.string().max(200),
  /** Copied from the incident: exercises list after real incidents. */
  exercise: z.boolean(),
  severity: z.string().max(8),
  status: z.enum(REVIEW_STATUSES),
  summary: z.string().max(10000),
  impact: z.string().max(10000),
  timeline: z.array(reviewTimelineLineShape).max(500),
  factors: z.array(contributingFactorShape).max(100),
  wentWell: z.array(reviewNoteShape).max(100),
  wasHard: z.array(reviewNoteShape).max(100),
  /** Each section's label; a section without one is internal. */
  sensitivity: sectionLabelsShape,
  createdAt: isoTimeField,
  createdBy: idField,
  completedAt: isoTimeField.optional(),
  completedBy: idField.optional(),
  hlc: hlcField,
});
export type ReviewDoc = z.infer<typeof reviewShape>;
export type ReviewTimelineLine = z.infer<typeof reviewTimelineLineShape>;
export type ContributingFactor = z.infer<typeof contributingFactorShape>;
export type ReviewNote = z.infer<typeof reviewNoteShape>;

export const ACTION_ITEM_STATUSES = ['open', 'in-progress', 'done'] as const;
export const ACTION_ITEM_PRIORITIES = ['high', 'medium', 'low'] as const;

/**
 * An action item from a review, in the one tracker. Its own record (not a
 * list inside the review) so the tracker queries items across reviews by
 * status and due date; every field merges on its own.
 */
export const actionItemShape = z.strictObject({
  id: idField,
  reviewId: idField,
  incidentId: idField,
  incidentReference: z.string().max(32),
  exercise: z.boolean(),
  /** The contributing factor it fixes, if any. */
  factorId: idField.optional(),
  title: z.string().trim().min(1).max(300),
  ownerId: idField,
  /** The deadline, with its offset. */
  dueAt: isoTimeField,
  /** The zone the deadline was set in (IANA), so it reads as the owner meant it. */
  dueZone: z.string().max(64),
  priority: z.enum(ACTION_ITEM_PRIORITIES),
  status: z.enum(ACTION_ITEM_STATUSES),
  createdAt: isoTimeField,
  createdBy: idField,
  closedAt: isoTimeField.optional(),
  closedBy: idField.optional(),
  closingNote: z.string().max(2000).optional(),
  hlc: hlcField,
});
export type ActionItemDoc = z.infer<typeof actionItemShape>;

/**
 * A redacted export of a review: what left the node and what was taken out
 * of it (kinds and counts, never the values). Append-only: the record of sharing.
 */
export const reviewExportShape = z.strictObject({
  id: idField,
  reviewId: idField,
  audience: z.enum(SENSITIVITY_LABELS),
  format: z.enum(['markdown']),
  exportedAt: isoTimeField,
  exportedBy: idField,
  omittedSections: z.array(z.enum(REVIEW_SECTIONS)).max(10),
  redactions: z
    .array(z.strictObject({ kind: z.string().max(40), count: z.number().int().min(0) }))
    .max(20),
  /** Length of the exported text. */
  characters: z.number().int().min(0),
  hlc: hlcField,
});
export type ReviewExportDoc = z.infer<typeof reviewExportShape>;
