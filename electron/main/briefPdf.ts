import { notFound } from '../../shared/commands/errors.ts';
import type { IpcArgs } from '../../shared/contract/ipc.ts';
import { IpcRefusedError } from './errors.ts';

/** The part of Electron's webContents printing needs. */
export interface PrintableContents {
  printToPDF(options: {
    pageSize: 'A4' | 'Letter';
    printBackground: boolean;
    preferCSSPageSize: boolean;
    generateDocumentOutline: boolean;
  }): Promise<Uint8Array>;
}

export interface BriefPdfPrinterOptions {
  /** Whether the node holds the brief (the window may not print what the node does not know). */
  briefExists(briefId: string): Promise<boolean>;
  /** The calling window's contents, or undefined when it is closing. */
  contentsOf(webContentsId: number): PrintableContents | undefined;
}

/**
 * The desktop PDF export: Chromium prints the window that shows the brief,
 * with the handoff screen's print styles, exactly as on paper. The headless
 * node draws its PDF with pdf-lib instead (electron/core/handoffs/briefPdf.ts).
 */
export function createBriefPdfPrinter(options: BriefPdfPrinterOptions) {
  return async (args: IpcArgs<'printBriefPdf'>, webContentsId: number): Promise<Uint8Array> => {
    if (!(await options.briefExists(args.briefId))) throw notFound('handoff brief', args.briefId);
    const contents = options.contentsOf(webContentsId);
    if (!contents) throw new IpcRefusedError('This window is closing: it cannot print the brief.');
    const pdf = await contents.printToPDF({
      pageSize: args.pageSize,
      printBackground: true,
      preferCSSPageSize: true,
      generateDocumentOutline: true,
    });
    return new Uint8Array(pdf);
  };
}
