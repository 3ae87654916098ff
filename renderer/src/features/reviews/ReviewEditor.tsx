import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { ReviewActionItems } from './ReviewActionItems.tsx';
import { ReviewExportPanel } from './ReviewExportPanel.tsx';
import { ReviewLines } from './ReviewLines.tsx';
import { ReviewSectionText } from './ReviewSectionText.tsx';
import { useReview } from './reviewQueries.ts';
import type { ReviewDoc } from '../../../../shared/schema/review.ts';
import type { Severity } from '../../../../shared/domain/severity.ts';

function CompleteButton({ review }: { review: ReviewDoc }) {
  const complete = useCommand('completeReview');
  const reopen = useCommand('reopenReview');
  if (review.status === 'complete')
    return (
      <Button
        variant="secondary"
        busy={reopen.pending}
        onClick={() => void reopen.send({ reviewId: review.id })}
      >
        Reopen review
      </Button>
    );
  const problems = complete.failure?.problems ?? [];
  return (
    <div>
      <Button busy={complete.pending} onClick={() => void complete.send({ reviewId: review.id })}>
        Mark review complete
      </Button>
      {problems.length ? (
        <ul className="field-error" role="alert">
          {problems.map((p) => (
            <li key={p.field}>{p.reason}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The blameless review of one incident, written by several people at once. */
export function ReviewEditor() {
  const { reviewId } = useParams();
  const { review, loading } = useReview(reviewId);
  const { documents: people } = usePeople();
  const names = useMemo(() => people.map((p) => p.displayName), [people]);
  const format = useTimeFormat();
  if (loading) return null;
  if (!review)
    return (
      <EmptyState title="No such review">
        <Link to="/reviews">All reviews</Link>
      </EmptyState>
    );
  const readOnly = review.status === 'complete';
  return (
    <div className="review-page stack" data-testid="review-editor" data-status={review.status}>
      <header className="review-header">
        <p className="muted">
          <Link to="/reviews">Reviews</Link> ·{' '}
          <Link to={`/incidents/${review.incidentId}`}>{review.incidentReference}</Link>
        </p>
        <h1 className="page-title">
          {review.exercise ? <ExerciseMarker /> : null} Review: {review.incidentTitle}
        </h1>
        <p>
          <SeverityBadge severity={review.severity as Severity} />{' '}
          <span data-testid="review-status">
            {readOnly ? `Complete (${format.dateTime(review.completedAt ?? '')})` : 'Draft'}
          </span>
        </p>
        <p className="muted">
          Blameless: describe what made things easy or hard to get right, not who got them wrong.
        </p>
        <CompleteButton review={review} />
      </header>
      <ReviewSectionText review={review} section="summary" names={names} readOnly={readOnly} />
      <ReviewSectionText review={review} section="impact" names={names} readOnly={readOnly} />
      <ReviewLines review={review} list="timeline" names={names} readOnly={readOnly} />
      <ReviewLines review={review} list="factors" names={names} readOnly={readOnly} />
      <ReviewLines review={review} list="wentWell" names={names} readOnly={readOnly} />
      <ReviewLines review={review} list="wasHard" names={names} readOnly={readOnly} />
      <ReviewActionItems review={review} />
      <ReviewExportPanel review={review} />
    </div>
  );
}
