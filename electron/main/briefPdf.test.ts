import { describe, expect, it } from 'vitest';
import { CommandError } from '../../shared/commands/errors.ts';
import { printBriefPdfArgsSchema } from '../../shared/contract/ipc.ts';
import { createBriefPdfPrinter, type PrintableContents } from './briefPdf.ts';
import { IpcRefusedError } from './errors.ts';

/** Records what it was asked to print; answers with the bytes a real printToPDF would. */
function contents(): PrintableContents & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    printToPDF: async (options) => {
      asked.push(options);
      return new TextEncoder().encode('%PDF-1.7 brief');
    },
  };
}

describe('printing a brief to PDF on the desktop', () => {
  it('prints the calling window with its print styles, A4 unless asked otherwise', async () => {
    const window = contents();
    const print = createBriefPdfPrinter({
      briefExists: async (id) => id === 'hb-1',
      contentsOf: (id) => (id === 7 ? window : undefined),
    });
    const pdf = await print(printBriefPdfArgsSchema.parse({ briefId: 'hb-1' }), 7);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 brief');
    expect(window.asked).toEqual([
      {
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        generateDocumentOutline: true,
      },
    ]);
  });

  it('refuses a brief the node does not hold, and a window that is closing', async () => {
    const print = createBriefPdfPrinter({
      briefExists: async (id) => id === 'hb-1',
      contentsOf: () => undefined,
    });
    await expect(print({ briefId: 'hb-2', pageSize: 'A4' }, 7)).rejects.toBeInstanceOf(
      CommandError,
    );
    await expect(print({ briefId: 'hb-1', pageSize: 'A4' }, 7)).rejects.toBeInstanceOf(
      IpcRefusedError,
    );
  });

  it('validates the argument at the boundary', () => {
    expect(printBriefPdfArgsSchema.safeParse({ briefId: 'hb-1', pageSize: 'Letter' }).success).toBe(
      true,
    );
    expect(printBriefPdfArgsSchema.safeParse({ briefId: '../etc' }).success).toBe(false);
    expect(printBriefPdfArgsSchema.safeParse({ briefId: 'hb-1', pageSize: 'A0' }).success).toBe(
      false,
    );
    expect(printBriefPdfArgsSchema.safeParse({ briefId: 'hb-1', path: '/tmp/x' }).success).toBe(
      false,
    );
  });
});
