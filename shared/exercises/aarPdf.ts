import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { AfterActionReport } from './afterActionReport.ts';
import { RATING_LABELS } from './evaluation.ts';
import { formatDateTime } from '../time/displayTime.ts';

const PAGE = { width: 595.28, height: 841.89, margin: 50 };
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** The standard PDF fonts speak WinAnsi only: anything else becomes "?" rather than a failed export. */
export function pdfSafe(text: string): string {
  return [...text.replace(/\r?\n/g, ' ').replace(/\t/g, ' ')]
    .map((ch) => (ch.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRAS.has(ch) ? ch : '?'))
    .join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of pdfSafe(text).split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes flowing text down pages, starting a new page when one is full. */
class PdfWriter {
  private page: PDFPage;
  private y: number;
  private readonly document: PDFDocument;
  private readonly regular: PDFFont;
  private readonly bold: PDFFont;

  constructor(document: PDFDocument, regular: PDFFont, bold: PDFFont) {
    this.document = document;
    this.regular = regular;
    this.bold = bold;
    this.page = this.newPage();
    this.y = PAGE.height - PAGE.margin;
  }

  private newPage(): PDFPage {
    const page = this.document.addPage([PAGE.width, PAGE.height]);
    page.drawText('EXERCISE', {
      x: PAGE.margin,
      y: 20,
      size: 9,
      font: this.bold,
      color: rgb(0.43, 0.16, 0.85),
    });
    return page;
  }

  text(
    text: string,
    options: { size?: number; bold?: boolean; indent?: number; gap?: number } = {},
  ) {
    const size = options.size ?? 10;
    const font = options.bold ? this.bold : this.regular;
    const indent = options.indent ?? 0;
    const width = PAGE.width - 2 * PAGE.margin - indent;
    for (const line of wrap(text, font, size, width)) {
      if (this.y - size < PAGE.margin) {
        this.page = this.newPage();
        this.y = PAGE.height - PAGE.margin;
      }
      this.y -= size * 1.3;
      this.page.drawText(line, { x: PAGE.margin + indent, y: this.y, size, font });
    }
    this.y -= options.gap ?? 2;
  }

  heading(text: string) {
    this.y -= 8;
    this.text(text, { size: 14, bold: true, gap: 4 });
  }
}

function writeSections(out: PdfWriter, report: AfterActionReport): void {
  const o = report.overview;
  out.heading('Overview');
  out.text(o.summary, { gap: 6 });
  for (const line of [
    `Scenario: ${report.scenarioTitle}`,
    ...(o.incidentReference ? [`Exercise incident: ${o.incidentReference}`] : []),
    `Facilitator: ${o.facilitator}`,
    ...(o.startedAt ? [`Started: ${formatDateTime(o.startedAt, 'UTC')}`] : []),
    ...(o.endedAt ? [`Ended: ${formatDateTime(o.endedAt, 'UTC')}`] : []),
    `Scenario time played: ${o.scenarioDuration}`,
    `Injects: ${o.injectsReleased} released, ${o.injectsSkipped} skipped, ${o.injectsPending} not used; ${o.contingenciesAdded} contingency injects added`,
  ])
    out.text(line);
  out.heading('Objectives and ratings');
  for (const objective of report.objectives) {
    const rating = objective.rating
      ? `${objective.rating} — ${RATING_LABELS[objective.rating]}`
      : 'Not rated';
    out.text(`${objective.text} — ${rating}`, { bold: true });
    for (const e of objective.evaluations)
      out.text(`${e.rating} (${e.evaluator}): ${e.observations}`, { indent: 14 });
  }
  out.heading('Strengths');
  for (const s of report.strengths.length ? report.strengths : ['None recorded'])
    out.text(`• ${s}`, { indent: 6 });
  out.heading('Areas for improvement');
  for (const a of report.areasForImprovement.length
    ? report.areasForImprovement
    : ['None recorded'])
    out.text(`• ${a}`, { indent: 6 });
  out.heading('Improvement plan');
  if (report.improvementItems.length === 0) out.text('No improvement items yet');
  for (const i of report.improvementItems)
    out.text(
      `• ${i.title} — owner ${i.owner}, due ${i.dueDate}, ${i.status}${i.objective ? ` (objective: ${i.objective})` : ''}`,
      { indent: 6 },
    );
  out.heading('Participation');
  for (const p of report.participation)
    out.text(
      `• ${p.name} — ${p.exerciseRole}${p.playedAs ? ` as ${p.playedAs}` : ''}, ${p.actions} actions`,
      { indent: 6 },
    );
}

/** The AAR/IP as a PDF (standard fonts, A4), usable in the node and the browser alike. */
export async function afterActionReportPdf(report: AfterActionReport): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setTitle(pdfSafe(report.title));
  document.setSubject('EXERCISE — After-Action Report / Improvement Plan');
  document.setCreator('Lantern');
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const out = new PdfWriter(document, regular, bold);
  out.text(report.title, { size: 18, bold: true, gap: 4 });
  out.text('EXERCISE — this report is about a tabletop exercise, not a real incident.', {
    bold: true,
    gap: 6,
  });
  writeSections(out, report);
  return document.save({ useObjectStreams: false });
}
