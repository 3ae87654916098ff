import type { DeclarationRecommendation } from '../../../../shared/classification/index.ts';
import { SEVERITY_LABELS } from '../../../../shared/domain/severity.ts';
import { Button } from '../../ui/Button.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';

interface RecommendationPanelProps {
  recommendation: DeclarationRecommendation | undefined;
  /** Whether the severity field still follows the recommendation. */
  following: boolean;
  /** Go back to following it after the person chose a severity of their own. */
  onFollow: () => void;
}

/** What the criteria in effect recommend for the answers so far; updates as they change. */
export function RecommendationPanel({
  recommendation,
  following,
  onFollow,
}: RecommendationPanelProps) {
  return (
    <section className="recommendation" aria-label="Recommendation" aria-live="polite">
      {recommendation ? (
        <>
          <div className="recommendation-head">
            <SeverityBadge severity={recommendation.severity} withLabel />
            <strong className="recommendation-verdict">
              {recommendation.declare ? 'Declare an incident' : 'No declaration needed'}
            </strong>
            <span className="recommendation-version">
              criteria {recommendation.criteriaVersion}
            </span>
          </div>
          <ul className="recommendation-reasons">
            {recommendation.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          {following ? (
            <p className="recommendation-used">Severity follows the recommendation.</p>
          ) : (
            <Button onClick={onFollow}>
              Use {recommendation.severity} ({SEVERITY_LABELS[recommendation.severity]})
            </Button>
          )}
        </>
      ) : (
        <p className="recommendation-none">
          No classification criteria are adopted: choose the severity yourself.
        </p>
      )}
    </section>
  );
}
