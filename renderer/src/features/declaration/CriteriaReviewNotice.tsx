import { criteriaReviewNotice } from '../../../../shared/classification/index.ts';
import { Banner } from '../../ui/Banner.tsx';
import { useCriteriaInEffect } from './useCriteriaInEffect.ts';

/** Flags classification criteria that are past their review date (they still apply). */
export function CriteriaReviewNotice({ now }: { now: Date }) {
  const criteria = useCriteriaInEffect(now);
  const notice = criteria ? criteriaReviewNotice(criteria, now) : undefined;
  return notice ? (
    <Banner tone="warning" className="criteria-review-notice">
      Review overdue: {notice}
    </Banner>
  ) : null;
}
