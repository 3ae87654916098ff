import { SEVERITY_LABELS, severityRank, type Severity } from '../domain/severity.ts';
import type { ClassificationCriteria } from './criteriaSchema.ts';
import { ClassificationCriteriaError } from './errors.ts';

/** The severity the organisation's matrix gives an impact × urgency pair. */
export function severityFor(
  criteria: ClassificationCriteria,
  impact: string,
  urgency: string,
): Severity {
  const severity = criteria.matrix[impact]?.[urgency];
  if (!severity) {
    const impacts = criteria.impactLevels.map((l) => l.id).join(', ');
    const urgencies = criteria.urgencyLevels.map((l) => l.id).join(', ');
    throw new ClassificationCriteriaError(
      `Criteria ${criteria.version} have no severity for impact "${impact}" × urgency "${urgency}"; ` +
        `impact is one of ${impacts} and urgency one of ${urgencies}`,
    );
  }
  return severity;
}

/** The more severe of two severities (SEV1 beats SEV2). */
export function mostSevere(a: Severity, b: Severity): Severity {
  return severityRank(a) <= severityRank(b) ? a : b;
}

/** True when `severity` is as severe as `threshold` or more. */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}

export function describeSeverity(severity: Severity): string {
  return `${severity} (${SEVERITY_LABELS[severity]})`;
}

/** The more serious of two levels in a most-serious-first list; unknown ids lose. */
export function mostSeriousLevel(levels: readonly { id: string }[], a: string, b: string): string {
  const rank = (id: string) => {
    const index = levels.findIndex((l) => l.id === id);
    return index < 0 ? levels.length : index;
  };
  return rank(a) <= rank(b) ? a : b;
}
