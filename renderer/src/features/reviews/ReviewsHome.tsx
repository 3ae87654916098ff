import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { reviewIdFor } from '../../../../shared/reviews/reviewDraft.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { Button } from '../../ui/Button.tsx';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { KnowledgeSearch } from './KnowledgeSearch.tsx';
import { usePastIncidents, useReviews } from './reviewQueries.ts';

function StartReviewButton({ incident }: { incident: IncidentDoc }) {
  const { send, pending } = useCommand('startReview');
  const navigate = useNavigate();
  return (
    <Button
      busy={pending}
      onClick={async () => {
        const outcome = await send({ incidentId: incident.id });
        if (outcome.ok) void navigate(`/reviews/${outcome.result.id}`);
      }}
    >
      Start review
    </Button>
  );
}

/** Resolved incidents and their reviews (real incidents first), and the knowledge base. */
export function ReviewsHome() {
  const { incidents } = usePastIncidents();
  const { documents: reviews } = useReviews();
  const reviewed = useMemo(() => new Map(reviews.map((r) => [r.incidentId, r])), [reviews]);
  return (
    <div className="review-page stack">
      <header className="review-header">
        <h1 className="page-title">Post-incident reviews</h1>
        <p>
          <Link to="/reviews/action-items">Action items tracker</Link>
        </p>
      </header>
      <KnowledgeSearch />
      <section className="command-panel" aria-label="Resolved incidents">
        <h2 className="section-title">Resolved incidents</h2>
        <ul className="review-incidents" data-testid="review-incidents">
          {incidents.map((incident) => {
            const review = reviewed.get(incident.id);
            return (
              <li key={incident.id} className="review-incident" data-testid="review-incident">
                <SeverityBadge severity={incident.severity} />
                {incident.exercise ? <ExerciseMarker /> : null}
                <span>
                  {incident.reference} {incident.title}
                </span>
                {review ? (
                  <Link to={`/reviews/${reviewIdFor(incident.id)}`}>Review ({review.status})</Link>
                ) : (
                  <StartReviewButton incident={incident} />
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
