import { useMemo } from 'react';
import { useLiveDocument, useLiveQuery } from '../../app/db/useLiveQuery.ts';

/** Reactive reads for the review screens. Order (real incidents first) is the screens' job. */
export function useReviews() {
  return useLiveQuery('reviews', { selector: {}, sort: [{ createdAt: 'desc' }] });
}

export function useReview(reviewId: string | undefined) {
  const { document, loading } = useLiveDocument('reviews', reviewId);
  return { review: document, loading };
}

export function useActionItems(reviewId?: string) {
  return useLiveQuery('actionItems', {
    selector: reviewId ? { reviewId } : {},
    sort: [{ dueAt: 'asc' }],
  });
}

/** Incidents that are over: the ones a review is for and the knowledge base holds. */
export function usePastIncidents() {
  const { documents, loading } = useLiveQuery('incidents', {
    selector: { status: { $in: ['resolved', 'closed'] } },
    sort: [{ declaredAt: 'desc' }],
  });
  const sorted = useMemo(
    () => [...documents].sort((a, b) => Number(a.exercise) - Number(b.exercise)),
    [documents],
  );
  return { incidents: sorted, loading };
}
