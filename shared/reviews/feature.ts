import { defineSharedFeature } from '../feature.ts';
import { addActionItem, closeActionItem, updateActionItem } from './commands/actionItems.ts';
import { exportReview } from './commands/exportReview.ts';
import {
  completeReview,
  editReviewSection,
  labelReviewSection,
  reopenReview,
  startReview,
} from './commands/reviewCommands.ts';
import { removeReviewLine, saveReviewLine } from './commands/reviewLines.ts';

/** Post-incident reviews: the blameless review, its action items in the tracker, redacted exports. */
export const reviewsFeature = defineSharedFeature({
  name: 'reviews',
  commands: {
    startReview,
    editReviewSection,
    saveReviewLine,
    removeReviewLine,
    labelReviewSection,
    completeReview,
    reopenReview,
    addActionItem,
    updateActionItem,
    closeActionItem,
    exportReview,
  },
});
