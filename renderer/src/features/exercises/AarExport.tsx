import { useMemo } from 'react';
import { afterActionReportMarkdown } from '../../../../shared/exercises/aarMarkdown.ts';
import { buildAfterActionReport } from '../../../../shared/exercises/afterActionReport.ts';
import type { ExerciseDoc } from '../../../../shared/schema/exercise.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { downloadFile } from './downloadFile.ts';

/** The After-Action Report / Improvement Plan, generated from the run's records, as Markdown or PDF. */
export function AarExport({
  exercise,
  incident,
  timeline,
}: {
  exercise: ExerciseDoc;
  incident: IncidentDoc | undefined;
  timeline: readonly TimelineEntryDoc[];
}) {
  const { documents: people } = usePeople();
  const report = useMemo(
    () =>
      buildAfterActionReport({
        exercise,
        ...(incident ? { incident } : {}),
        timeline,
        names: Object.fromEntries(people.map((p) => [p.id, p.displayName])),
      }),
    [exercise, incident, timeline, people],
  );
  const markdown = useMemo(() => afterActionReportMarkdown(report), [report]);
  const base = `aar-${exercise.scenarioId}`;
  async function pdf() {
    // pdf-lib is loaded only when someone asks for a PDF.
    const { afterActionReportPdf } = await import('../../../../shared/exercises/aarPdf.ts');
    downloadFile(`${base}.pdf`, 'application/pdf', await afterActionReportPdf(report));
  }
  return (
    <section className="command-panel" aria-label="After-Action Report">
      <h2 className="section-title">After-Action Report / Improvement Plan</h2>
      <div className="command-actions">
        <Button onClick={() => downloadFile(`${base}.md`, 'text/markdown', markdown)}>
          Download AAR/IP (Markdown)
        </Button>
        <Button onClick={() => void pdf()}>Download AAR/IP (PDF)</Button>
      </div>
      <details>
        <summary>Preview</summary>
        <pre className="aar-preview" data-testid="aar-preview">
          {markdown}
        </pre>
      </details>
    </section>
  );
}
