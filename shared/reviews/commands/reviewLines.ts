import { z } from 'zod';
import { defineCommand, type CommandContext } from '../../commands/command.ts';
import { invalidInput } from '../../commands/errors.ts';
import { idField, isoTimeField } from '../../schema/fields.ts';
import { CAUSE_CATEGORIES, type ReviewDoc } from '../../schema/review.ts';
import { requireDraftReview, requirePersonActor, updatedReview } from '../reviewSupport.ts';

/** The review's lists, each line merging on its own. */
export const REVIEW_LISTS = ['timeline', 'factors', 'wentWell', 'wasHard'] as const;
export type ReviewList = (typeof REVIEW_LISTS)[number];

export const saveReviewLineInput = z.strictObject({
  reviewId: idField,
  list: z.enum(REVIEW_LISTS),
  /** Absent: a new line. */
  lineId: idField.optional(),
  text: z.string().trim().min(1, 'Write the line').max(2000),
  /** Timeline lines: when it happened, with its zone. */
  at: isoTimeField.optional(),
  /** Contributing factors: the cause category. */
  category: z.enum(CAUSE_CATEGORIES).optional(),
});
type SaveReviewLineInput = z.infer<typeof saveReviewLineInput>;
type Line = Record<string, unknown> & { id: string };

function linesOf(review: ReviewDoc, list: ReviewList): Line[] {
  return review[list] as Line[];
}

/** A new line with the fields its list needs. */
function newLine(input: SaveReviewLineInput, context: CommandContext): Line {
  const id = context.newId(input.list === 'factors' ? 'cf' : 'ln');
  const now = context.now.toISOString();
  const base = { id, text: input.text, authorId: context.actor.id };
  if (input.list === 'factors') {
    if (!input.category)
      throw invalidInput([{ field: 'category', reason: 'Choose the cause category' }]);
    return { ...base, category: input.category, addedAt: now };
  }
  if (input.list === 'timeline') {
    if (!input.at)
      throw invalidInput([{ field: 'at', reason: 'Say when it happened (with its zone)' }]);
    return { ...base, at: input.at };
  }
  return { ...base, at: now };
}

/** Only the fields the person changed, so a concurrent edit of another field of the line survives. */
function changedLine(line: Line, input: SaveReviewLineInput): Line {
  return {
    ...line,
    text: input.text,
    ...(input.list === 'timeline' && input.at ? { at: input.at } : {}),
    ...(input.list === 'factors' && input.category ? { category: input.category } : {}),
  };
}

/** Add a line to a review list, or change one. */
export const saveReviewLine = defineCommand({
  name: 'saveReviewLine',
  summary: 'Add or change a line of a review: timeline, contributing factor, went well, was hard',
  input: saveReviewLineInput,
  permission: 'person',
  async plan(reads, input, context) {
    requirePersonActor(context, 'writes a review');
    const review = await requireDraftReview(reads, input.reviewId);
    const lines = linesOf(review, input.list);
    let saved: Line;
    let next: Line[];
    if (input.lineId) {
      const line = lines.find((l) => l.id === input.lineId);
      if (!line)
        throw invalidInput([
          { field: 'lineId', reason: `no line "${input.lineId}" in ${input.list}` },
        ]);
      saved = changedLine(line, input);
      next = lines.map((l) => (l === line ? saved : l));
    } else {
      saved = newLine(input, context);
      next = [...lines, saved];
    }
    const updated = updatedReview(review, { [input.list]: next }, context);
    return {
      writes: [{ kind: 'reviews', document: updated }],
      result: { review: updated, line: saved },
    };
  },
});

export const removeReviewLineInput = z.strictObject({
  reviewId: idField,
  list: z.enum(REVIEW_LISTS),
  lineId: idField,
});

/** Take a line out of a review list (the audit trail keeps what it said). */
export const removeReviewLine = defineCommand({
  name: 'removeReviewLine',
  summary: 'Remove a line from a review list',
  input: removeReviewLineInput,
  permission: 'person',
  async plan(reads, input, context) {
    requirePersonActor(context, 'writes a review');
    const review = await requireDraftReview(reads, input.reviewId);
    const lines = linesOf(review, input.list);
    if (!lines.some((l) => l.id === input.lineId))
      throw invalidInput([
        { field: 'lineId', reason: `no line "${input.lineId}" in ${input.list}` },
      ]);
    const updated = updatedReview(
      review,
      { [input.list]: lines.filter((l) => l.id !== input.lineId) },
      context,
    );
    return { writes: [{ kind: 'reviews', document: updated }], result: updated };
  },
});
