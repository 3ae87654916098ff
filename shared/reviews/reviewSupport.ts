import type { CommandContext, CommandReads } from '../commands/command.ts';
import { conflict, forbidden, notFound } from '../commands/errors.ts';
import type { ReviewDoc } from '../schema/review.ts';

/** Reviews are people's work: the node and integrations do not write them. */
export function requirePersonActor(context: CommandContext, what: string): void {
  if (context.actor.kind !== 'person') throw forbidden(`A person ${what}`);
}

export async function requireReview(reads: CommandReads, reviewId: string): Promise<ReviewDoc> {
  const review = await reads.get('reviews', reviewId);
  if (!review) throw notFound('review', reviewId);
  return review;
}

/** A review being written; a completed one is reopened first, so its record stays as agreed. */
export async function requireDraftReview(
  reads: CommandReads,
  reviewId: string,
): Promise<ReviewDoc> {
  const review = await requireReview(reads, reviewId);
  if (review.status !== 'draft')
    throw conflict(`The review of ${review.incidentReference} is complete; reopen it to change it`);
  return review;
}

export function updatedReview(
  review: ReviewDoc,
  changes: Partial<ReviewDoc>,
  context: CommandContext,
): ReviewDoc {
  return { ...review, ...changes, hlc: context.nextHlc() };
}
