import type { ClassificationCriteria } from './criteriaSchema.ts';
import { NoCriteriaInEffectError } from './errors.ts';

/** Criteria take effect at the start of their effectiveFrom day (UTC). */
function startOfDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** True once the review date has passed without a newer version being published. */
export function isReviewOverdue(criteria: ClassificationCriteria, now: Date): boolean {
  return now.getTime() >= startOfDay(criteria.nextReviewDue);
}

/** The version in effect at `at`: the latest one whose effectiveFrom is not after it. */
export function criteriaInEffect(
  allVersions: readonly ClassificationCriteria[],
  at: Date,
): ClassificationCriteria {
  let inEffect: ClassificationCriteria | undefined;
  for (const criteria of allVersions) {
    if (startOfDay(criteria.effectiveFrom) > at.getTime()) continue;
    if (!inEffect || criteria.effectiveFrom >= inEffect.effectiveFrom) inEffect = criteria;
  }
  if (!inEffect) {
    const earliest = [...allVersions].map((c) => c.effectiveFrom).sort()[0];
    throw new NoCriteriaInEffectError(
      earliest
        ? `No classification criteria were in effect on ${at.toISOString()}; the earliest version starts ${earliest}`
        : 'No classification criteria have been published; import resources/framework/classification.json',
    );
  }
  return inEffect;
}
