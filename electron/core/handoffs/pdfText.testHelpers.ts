import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFObject } from 'pdf-lib';

function streamsOf(contents: PDFObject | undefined, pdf: PDFDocument): PDFRawStream[] {
  if (contents instanceof PDFRawStream) return [contents];
  if (contents instanceof PDFArray)
    return contents
      .asArray()
      .map((ref) => pdf.context.lookup(ref))
      .filter((s): s is PDFRawStream => s instanceof PDFRawStream);
  return [];
}

/**
 * The text a PDF shows, page by page: loads it with pdf-lib (so it must
 * parse), inflates each page's content streams and reads the hex strings the
 * standard fonts are drawn with. Enough to check what a brief's PDF says.
 */
export async function pdfText(bytes: Uint8Array): Promise<{ pdf: PDFDocument; pages: string[] }> {
  const pdf = await PDFDocument.load(bytes);
  const pages = pdf.getPages().map((page) => {
    const lines: string[] = [];
    for (const stream of streamsOf(page.node.Contents(), pdf)) {
      const source = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
      for (const match of source.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
        lines.push(Buffer.from(match[1] ?? '', 'hex').toString('latin1'));
    }
    return lines.join('\n');
  });
  return { pdf, pages };
}
