import { describe, expect, it } from 'vitest';
import {
  acknowledgedBrief,
  sources,
} from '../../../shared/handoffs/handoffTestData.testHelpers.ts';
import { renderBriefPdf } from './briefPdf.ts';
import { pdfText } from './pdfText.testHelpers.ts';

const names: Record<string, string> = { ada: 'Ada Commander', dana: 'Dana Ruiz' };

describe('the brief as PDF', () => {
  it('parses, carries the title, and says what the brief says', async () => {
    const brief = {
      ...acknowledgedBrief(sources(), '2026-11-26T14:00:00.000Z'),
      note: 'Acquirer B is slow at night',
    };
    const { pdf, pages } = await pdfText(await renderBriefPdf(brief, (id) => names[id] ?? id));
    expect(pdf.getTitle()).toBe('Shift handoff — INC-0042 brief #1');
    const text = pages.join('\n');
    expect(text).toContain('Shift handoff');
    expect(text).toContain('Outgoing lead: Ada Commander');
    expect(text).toContain('Incoming lead: Dana Ruiz');
    expect(text).toContain('Situation summary');
    expect(text).toContain('- 2026-11-26 11:00 UTC');
    expect(text).toContain('Rolled back release 42');
    expect(text).toContain('Acquirer B is slow at night');
    // No arrow in the standard fonts: it is written out rather than dropped.
    expect(text).toContain('Shift handoff: Ada Commander -> Dana Ruiz');
    expect(text).toContain('Acknowledgement');
    expect(text).toContain('Accepted by Dana Ruiz (incoming lead), who took command');
  });

  it('leaves lines to sign when printed before the incoming lead acknowledged', async () => {
    const { acknowledgedAt: _at, ...draft } = acknowledgedBrief(
      sources(),
      '2026-11-26T14:00:00.000Z',
    );
    const { pages } = await pdfText(
      await renderBriefPdf({ ...draft, status: 'submitted' }, (id) => names[id] ?? id),
    );
    const text = pages.join('\n');
    expect(text).toContain('Incoming lead Dana Ruiz: signature');
    expect(text).not.toContain('Accepted by');
  });

  it('runs onto more pages when the brief is long, each with its footer', async () => {
    const brief = acknowledgedBrief(sources(), '2026-11-26T14:00:00.000Z');
    brief.actions = Array.from({ length: 120 }, (_, i) => ({
      text: `Step ${i + 1}: checked the acquirer dashboards and the gateway logs again`,
      at: '2026-11-26T12:00:00.000Z',
      isNew: i % 2 === 0,
    }));
    const { pages } = await pdfText(await renderBriefPdf(brief, (id) => id));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.at(-1)).toContain(`INC-0042 brief #1 - page ${pages.length} of ${pages.length}`);
    expect(pages.join('\n')).toContain('Step 120: checked the acquirer dashboards');
  });
});
