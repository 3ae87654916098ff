import type { DeclarationRecommendation } from '../../../../shared/classification/index.ts';
import type { Severity } from '../../../../shared/domain/severity.ts';
import { SEVERITY_LABELS } from '../../../../shared/domain/severity.ts';
import { Button } from '../../ui/Button.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';

interface RecommendationPanelProps {
  recommendation: DeclarationRecommendation | undefined;
  chosenSeverity: Severity;
  onUse: (severity: Severity) => void;
}

/** What the criteria in effect recommend for the answers so far; updates as they change. */
export function RecommendationPanel({
  recommendation,
  chosenSeverity,
  onUse,
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
          {recommendation.severity === chosenSeverity ? (
            <p className="recommendation-used">Severity follows the recommendation.</p>
          ) : (
            <Button onClick={() => onUse(recommendation.severity)}>
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
