import { actionItemShape, reviewExportShape, reviewShape } from '../schema/review.ts';
import { defineKind } from '../store/kind.ts';
import { byFields, listOf, objectOf } from '../sync/mergeRuleTypes.ts';

/** Each line's time, text and category change on their own; lines are added and removed on their own. */
const lineList = (order: string) =>
  listOf({ key: (line) => String(line.id), item: objectOf(), order: byFields(order, 'id') });

/**
 * Sections merge per field: summary and impact are registers, every list item
 * merges on its own, each section's sensitivity label is its own register.
 */
export const reviewMergeRule = objectOf({
  timeline: lineList('at'),
  factors: lineList('addedAt'),
  wentWell: lineList('at'),
  wasHard: lineList('at'),
  sensitivity: objectOf(),
});

/** Post-incident reviews, their action items and the record of each redacted export. */
export const reviewKinds = {
  reviews: defineKind({
    name: 'reviews',
    noun: 'review',
    shape: reviewShape,
    version: 0,
    appendOnly: false,
    storage: { collection: 'records', columns: { scope: 'incidentId', status: 'status' } },
    merge: reviewMergeRule,
  }),
  actionItems: defineKind({
    name: 'actionItems',
    noun: 'action item',
    shape: actionItemShape,
    version: 0,
    appendOnly: false,
    // The tracker: open items by due date; a review's items by review.
    storage: {
      collection: 'records',
      columns: { scope: 'reviewId', category: 'ownerId', status: 'status', dueAt: 'dueAt' },
    },
  }),
  reviewExports: defineKind({
    name: 'reviewExports',
    noun: 'review export',
    shape: reviewExportShape,
    version: 0,
    appendOnly: true,
    storage: { collection: 'records', columns: { scope: 'reviewId', dueAt: 'exportedAt' } },
  }),
};
