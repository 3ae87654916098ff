import { describe, expect, it } from 'vitest';
import defaults from '../../resources/framework/classification.json' with { type: 'json' };
import { criteriaReviewNotice } from './criteriaReview.ts';
import { parseClassificationCriteria } from './parseCriteria.ts';

describe('criteria review notice', () => {
  const criteria = parseClassificationCriteria(defaults);

  it('says nothing before the review date', () => {
    const dayBefore = new Date(Date.parse(`${criteria.nextReviewDue}T00:00:00Z`) - 1);
    expect(criteriaReviewNotice(criteria, dayBefore)).toBeUndefined();
  });

  it('names the version, the due date and the owner once the review is overdue', () => {
    const notice = criteriaReviewNotice(
      criteria,
      new Date(Date.parse(`${criteria.nextReviewDue}T00:00:00Z`) + 86_400_000),
    );
    expect(notice).toContain(
      `criteria ${criteria.version} were due for review on ${criteria.nextReviewDue}`,
    );
    expect(notice).toContain(criteria.owner);
  });
});
