import { acknowledgementLines } from '../../../shared/handoffs/acknowledgementBlock.ts';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { briefLayout, type BriefLayout } from '../../../shared/handoffs/briefDocument.ts';
import { briefReference } from '../../../shared/handoffs/handoffMachine.ts';
import type { HandoffDoc } from '../../../shared/schema/handoff.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const BODY = 10.5;
const LEADING = 1.35;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);
const NEW_MARK = rgb(0.7, 0.35, 0);

/** Characters the standard PDF fonts lack, in words they have. */
const REPLACEMENTS: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '≥': '>=',
  '≤': '<=',
  '…': '...',
};

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** Text the font can draw: known substitutes, then '?' for anything else outside its set. */
function drawable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text.replace(/\s+/g, ' ')]
    .map((ch) => REPLACEMENTS[ch] ?? (supported.has(ch.codePointAt(0) ?? 0) ? ch : '?'))
    .join('');
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of drawable(font, text).split(' ')) {
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

/** Writes lines top to bottom, starting a new page when one is full. */
class PageWriter {
  private page: PDFPage;
  private y = A4[1] - MARGIN;
  readonly pages: PDFPage[] = [];
  private readonly pdf: PDFDocument;
  private readonly fonts: Fonts;

  constructor(pdf: PDFDocument, fonts: Fonts) {
    this.pdf = pdf;
    this.fonts = fonts;
    this.page = this.newPage();
  }

  private newPage(): PDFPage {
    const page = this.pdf.addPage(A4);
    this.pages.push(page);
    this.y = A4[1] - MARGIN;
    return page;
  }

  private room(height: number): void {
    if (this.y - height < MARGIN + 20) this.page = this.newPage();
  }

  gap(points: number): void {
    this.y -= points;
  }

  text(
    text: string,
    options: { size?: number; bold?: boolean; indent?: number; mark?: string } = {},
  ) {
    const size = options.size ?? BODY;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const indent = options.indent ?? 0;
    const markWidth = options.mark
      ? this.fonts.bold.widthOfTextAtSize(`${options.mark} `, size)
      : 0;
    const width = A4[0] - 2 * MARGIN - indent - markWidth;
    for (const [index, line] of wrap(font, text, size, width).entries()) {
      this.room(size * LEADING);
      this.y -= size * LEADING;
      if (options.mark && index === 0)
        this.page.drawText(options.mark, {
          x: MARGIN + indent,
          y: this.y,
          size,
          font: this.fonts.bold,
          color: NEW_MARK,
        });
      this.page.drawText(line, {
        x: MARGIN + indent + markWidth,
        y: this.y,
        size,
        font,
        color: INK,
      });
    }
  }
}

function writeAcknowledgement(writer: PageWriter, lines: readonly string[]): void {
  writer.gap(14);
  writer.text('Acknowledgement', { size: 13, bold: true });
  writer.gap(2);
  for (const line of lines) writer.text(line);
}

function writeLayout(writer: PageWriter, layout: BriefLayout): void {
  writer.text(layout.title, { size: 18, bold: true });
  writer.gap(6);
  for (const [label, value] of layout.facts) writer.text(`${label}: ${value}`);
  writer.gap(4);
  writer.text('Lines marked NEW were not in the previous brief.', { size: 9 });
  for (const block of layout.blocks) {
    writer.gap(10);
    writer.text(block.heading, { size: 13, bold: true });
    writer.gap(2);
    for (const paragraph of block.paragraphs) writer.text(paragraph);
    for (const line of block.lines)
      writer.text(`- ${line.text}`, { indent: 8, ...(line.isNew ? { mark: 'NEW' } : {}) });
  }
}

/**
 * The brief as a PDF, drawn with pdf-lib and the standard fonts (no
 * browser needed, so the headless node can export it). Same layout as the
 * Markdown export and the print view.
 */
export async function renderBriefPdf(
  brief: HandoffDoc,
  nameOf: (personId: string) => string,
  now: Date = new Date(),
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const layout = briefLayout(brief, nameOf);
  pdf.setTitle(layout.title);
  pdf.setSubject(`ICS 201 shift-handoff brief for ${brief.incident.reference}`);
  pdf.setCreator('Lantern');
  pdf.setProducer('Lantern (pdf-lib)');
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  const fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  };
  const writer = new PageWriter(pdf, fonts);
  writeLayout(writer, layout);
  writeAcknowledgement(writer, acknowledgementLines(brief, nameOf));
  const footer = drawable(fonts.regular, briefReference(brief));
  for (const [index, page] of writer.pages.entries())
    page.drawText(`${footer} - page ${index + 1} of ${writer.pages.length}`, {
      x: MARGIN,
      y: MARGIN - 20,
      size: 8,
      font: fonts.regular,
      color: MUTED,
    });
  return pdf.save();
}
