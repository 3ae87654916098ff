import { useState } from 'react';
import type { HandoffDoc } from '../../../../shared/schema/handoff.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { Button } from '../../ui/Button.tsx';
import { downloadBriefMarkdown, downloadBriefPdf } from './briefExport.ts';

/** Print, Markdown and PDF: a brief must survive when every other system is down. */
export function BriefExports({
  brief,
  nameOf,
}: {
  brief: HandoffDoc;
  nameOf: (id: string) => string;
}) {
  const { bridge } = useLantern();
  const [pdfState, setPdfState] = useState<'idle' | 'busy' | 'failed'>('idle');
  async function exportPdf() {
    if (!bridge.briefPdf) return;
    setPdfState('busy');
    try {
      downloadBriefPdf(brief, await bridge.briefPdf(brief.id));
      setPdfState('idle');
    } catch {
      setPdfState('failed');
    }
  }
  return (
    <div className="command-actions handoff-exports">
      <Button onClick={() => window.print()}>Print</Button>
      <Button onClick={() => downloadBriefMarkdown(brief, nameOf)}>Export Markdown</Button>
      {bridge.briefPdf ? (
        <Button busy={pdfState === 'busy'} onClick={() => void exportPdf()}>
          Export PDF
        </Button>
      ) : null}
      {pdfState === 'failed' ? (
        <span className="field-error" role="alert">
          The PDF could not be made; print to PDF instead.
        </span>
      ) : null}
    </div>
  );
}
