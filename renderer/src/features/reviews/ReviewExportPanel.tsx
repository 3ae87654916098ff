import { useState } from 'react';
import {
  SENSITIVITY_LABELS,
  type ReviewDoc,
  type SensitivityLabel,
} from '../../../../shared/schema/review.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { downloadFile } from '../exercises/downloadFile.ts';

/**
 * Export for an audience: sections above it left out, personal data and
 * secrets replaced; the node records the export and what it took out.
 */
export function ReviewExportPanel({ review }: { review: ReviewDoc }) {
  const { send, pending } = useCommand('exportReview');
  const [audience, setAudience] = useState<SensitivityLabel>('internal');
  const [redacted, setRedacted] = useState<string[] | null>(null);
  async function exportMarkdown() {
    const outcome = await send({ reviewId: review.id, audience });
    if (!outcome.ok) return;
    const { export: record, markdown } = outcome.result;
    setRedacted([
      ...record.omittedSections.map((s) => `section ${s} left out`),
      ...record.redactions.map((r) => `${r.count} × ${r.kind}`),
    ]);
    downloadFile(`${review.incidentReference}-review-${audience}.md`, 'text/markdown', markdown);
  }
  return (
    <section className="review-section" aria-label="Export">
      <h2 className="section-title">Share a redacted copy</h2>
      <div className="review-export">
        <SelectField
          label="Audience"
          value={audience}
          onChange={(e) => setAudience(e.target.value as SensitivityLabel)}
          options={SENSITIVITY_LABELS.map((l) => ({ value: l, label: l }))}
        />
        <Button busy={pending} onClick={() => void exportMarkdown()}>
          Export Markdown
        </Button>
      </div>
      {redacted ? (
        <p role="status" data-testid="export-redactions">
          Exported for a {audience} audience. Redacted:{' '}
          {redacted.length ? redacted.join('; ') : 'nothing'}.
        </p>
      ) : null}
    </section>
  );
}
