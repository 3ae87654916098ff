import { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { idField } from '../../schema/fields.ts';
import { SENSITIVITY_LABELS, type ReviewExportDoc } from '../../schema/review.ts';
import { redactedReviewMarkdown } from '../reviewExport.ts';
import { requirePersonActor, requireReview } from '../reviewSupport.ts';

export const exportReviewInput = z.strictObject({
  reviewId: idField,
  /** Who will read it: sections labelled above this are left out. */
  audience: z.enum(SENSITIVITY_LABELS).default('internal'),
});

/**
 * A redacted Markdown export for a wider audience. The export itself is
 * recorded (and so audited): who shared what, for whom, and what was
 * taken out of it. The review stays as written.
 */
export const exportReview = defineCommand({
  name: 'exportReview',
  summary: 'Export a review as redacted Markdown for an audience, recording what was redacted',
  input: exportReviewInput,
  permission: 'person',
  async plan(reads, input, context) {
    requirePersonActor(context, 'exports reviews');
    const review = await requireReview(reads, input.reviewId);
    const actionItems = (await reads.find('actionItems', { reviewId: review.id })).sort(
      (a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id),
    );
    const people = await reads.find('people', {});
    const names = new Map(people.map((p) => [p.id, p.displayName]));
    const exporter = names.has(context.actor.id)
      ? people.find((p) => p.id === context.actor.id)
      : undefined;
    const exported = redactedReviewMarkdown({
      review,
      actionItems,
      audience: input.audience,
      names: [...names.values()],
      zone: exporter?.timeZone ?? 'UTC',
      ownerName: (id) => names.get(id) ?? id,
    });
    const record: ReviewExportDoc = {
      id: context.newId('rx'),
      reviewId: review.id,
      audience: input.audience,
      format: 'markdown',
      exportedAt: context.now.toISOString(),
      exportedBy: context.actor.id,
      omittedSections: exported.omittedSections,
      redactions: exported.redactions,
      characters: exported.markdown.length,
      hlc: context.nextHlc(),
    };
    return {
      writes: [{ kind: 'reviewExports', document: record }],
      result: { export: record, markdown: exported.markdown },
    };
  },
});
