import {
  SENSITIVITY_LABELS,
  type ReviewDoc,
  type ReviewSection,
} from '../../../../shared/schema/review.ts';
import { sectionLabel } from '../../../../shared/reviews/reviewExport.ts';
import { useCommand } from '../commands/useCommand.ts';

/** Who a section may be shown to; exports for a wider audience leave it out. */
export function SectionLabel({ review, section }: { review: ReviewDoc; section: ReviewSection }) {
  const { send } = useCommand('labelReviewSection');
  return (
    <select
      className="control section-label"
      aria-label={`Sensitivity of ${section}`}
      value={sectionLabel(review, section)}
      onChange={(e) =>
        void send({
          reviewId: review.id,
          section,
          label: e.target.value as (typeof SENSITIVITY_LABELS)[number],
        })
      }
    >
      {SENSITIVITY_LABELS.map((label) => (
        <option key={label} value={label}>
          {label}
        </option>
      ))}
    </select>
  );
}
