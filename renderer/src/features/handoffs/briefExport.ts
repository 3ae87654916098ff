import { briefFileName, briefMarkdown } from '../../../../shared/handoffs/briefDocument.ts';
import type { HandoffDoc } from '../../../../shared/schema/handoff.ts';

/** Hand bytes to the browser as a download. */
export function downloadFile(name: string, type: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The Markdown export is pure (shared/handoffs): made here, no node round trip. */
export function downloadBriefMarkdown(brief: HandoffDoc, nameOf: (id: string) => string): void {
  downloadFile(`${briefFileName(brief)}.md`, 'text/markdown', briefMarkdown(brief, nameOf));
}

export function downloadBriefPdf(brief: HandoffDoc, pdf: Uint8Array): void {
  downloadFile(`${briefFileName(brief)}.pdf`, 'application/pdf', new Uint8Array(pdf));
}
