import { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { conflict, invalidInput } from '../../commands/errors.ts';
import { timelineWrite } from '../../commands/timelineEntry.ts';
import { requireIncident } from '../../framework/references.ts';
import { idField } from '../../schema/fields.ts';
import { REVIEW_SECTIONS, SENSITIVITY_LABELS } from '../../schema/review.ts';
import { draftReview, reviewIdFor } from '../reviewDraft.ts';
import {
  requireDraftReview,
  requirePersonActor,
  requireReview,
  updatedReview,
} from '../reviewSupport.ts';

export const startReviewInput = z.strictObject({ incidentId: idField });

/** A resolved incident gets its blameless review, drafted from its timeline. */
export const startReview = defineCommand({
  name: 'startReview',
  summary: 'Start the post-incident review of a resolved incident, drafted from its timeline',
  input: startReviewInput,
  permission: 'person',
  async plan(reads, input, context) {
    requirePersonActor(context, 'starts a review');
    const incident = await requireIncident(reads, input.incidentId);
    if (incident.status !== 'resolved' && incident.status !== 'closed')
      throw conflict(
        `${incident.reference} is ${incident.status}; its review starts once it is resolved`,
      );
    if (await reads.get('reviews', reviewIdFor(incident.id)))
      throw conflict(`${incident.reference} already has a review; open it instead`);
    const entries = await reads.find('timeline', { incidentId: incident.id });
    const review = draftReview(incident, entries, context);
    const note = timelineWrite(
      context,
      incident.id,
      'note',
      `Post-incident review started (${review.timeline.length} key events drafted from this timeline).`,
    );
    return { writes: [{ kind: 'reviews', document: review }, note], result: review };
  },
});

export const editReviewSectionInput = z.strictObject({
  reviewId: idField,
  section: z.enum(['summary', 'impact']),
  text: z.string().trim().max(10000),
});

/** Summary and impact are prose; each is its own field, so two writers of different sections both keep theirs. */
export const editReviewSection = defineCommand({
  name: 'editReviewSection',
  summary: 'Write the summary or the impact of a review',
  input: editReviewSectionInput,
  permission: 'person',
  async plan(reads, input, context) {
    requirePersonActor(context, 'writes a review');
    const review = await requireDraftReview(reads, input.reviewId);
    const updated = updatedReview(review, { [input.section]: input.text }, context);
    return { writes: [{ kind: 'reviews', document: updated }], result: updated };
  },
});

export const labelReviewSectionInput = z.strictObject({
  reviewId: idField,
  section: z.enum(REVIEW_SECTIONS),
  label: z.enum(SENSITIVITY_LABELS),
});

/** Who may see a section: an export for a wider audience leaves it out. */
export const labelReviewSection = defineCommand({
  name: 'labelReviewSection',
  summary:
    'Set the sensitivity label of a review section (public, internal, confidential, restricted)',
  input: labelReviewSectionInput,
  permission: 'person',
  async plan(reads, input, context) {
    requirePersonActor(context, 'labels a review');
    const review = await requireReview(reads, input.reviewId);
    const sensitivity = { ...review.sensitivity, [input.section]: input.label };
    const updated = updatedReview(review, { sensitivity }, context);
    return { writes: [{ kind: 'reviews', document: updated }], result: updated };
  },
});

export const completeReviewInput = z.strictObject({ reviewId: idField });

/** A review is complete when it says what happened and why. */
export const completeReview = defineCommand({
  name: 'completeReview',
  summary:
    'Mark a review complete (needs a summary and at least one classified contributing factor)',
  input: completeReviewInput,
  permission: 'person',
  async plan(reads, input, context) {
    requirePersonActor(context, 'completes a review');
    const review = await requireDraftReview(reads, input.reviewId);
    const problems = [
      ...(review.summary.trim() ? [] : [{ field: 'summary', reason: 'Write the summary first' }]),
      ...(review.factors.length > 0
        ? []
        : [{ field: 'factors', reason: 'Classify at least one contributing factor first' }]),
    ];
    if (problems.length > 0) throw invalidInput(problems);
    const updated = updatedReview(
      review,
      { status: 'complete', completedAt: context.now.toISOString(), completedBy: context.actor.id },
      context,
    );
    const note = timelineWrite(
      context,
      review.incidentId,
      'note',
      'Post-incident review completed.',
    );
    return { writes: [{ kind: 'reviews', document: updated }, note], result: updated };
  },
});

export const reopenReviewInput = z.strictObject({ reviewId: idField });

/** Something was missed: the review is a draft again until it is completed anew. */
export const reopenReview = defineCommand({
  name: 'reopenReview',
  summary: 'Reopen a completed review to change it',
  input: reopenReviewInput,
  permission: 'person',
  async plan(reads, input, context) {
    requirePersonActor(context, 'reopens a review');
    const review = await requireReview(reads, input.reviewId);
    if (review.status === 'draft') throw conflict('The review is already open for editing');
    const { completedAt: _at, completedBy: _by, ...rest } = review;
    const updated = updatedReview({ ...rest, status: 'draft' }, {}, context);
    return { writes: [{ kind: 'reviews', document: updated }], result: updated };
  },
});
