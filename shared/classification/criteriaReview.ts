import type { ClassificationCriteria } from './criteriaSchema.ts';
import { isReviewOverdue } from './criteriaVersions.ts';

/** What to tell responders when the criteria in effect are past their review date. */
export function criteriaReviewNotice(
  criteria: ClassificationCriteria,
  now: Date,
): string | undefined {
  if (!isReviewOverdue(criteria, now)) return undefined;
  return (
    `Classification criteria ${criteria.version} were due for review on ${criteria.nextReviewDue}. ` +
    `They still apply; ${criteria.owner} should publish a reviewed version.`
  );
}
