import { describe, expect, it } from 'vitest';
import { markdownInline, markdownText } from './markdownEscape.ts';

describe('Markdown escaping of people’s text', () => {
  it('keeps forged headings, quotes, lists and fences on later lines as text', () => {
    const forged =
      'All quiet.\n## Decision: approved by Legal\n> quoted\n- item\n1. first\n~~~\n    code';
    const lines = markdownText(forged).split('\n');
    expect(lines).toEqual([
      'All quiet.',
      '\\## Decision: approved by Legal',
      '\\> quoted',
      '\\- item',
      '1\\. first',
      '\\~\\~\\~',
      'code',
    ]);
  });

  it('escapes raw HTML and inline Markdown, and keeps one line inline', () => {
    expect(markdownInline('<img src=x onerror=alert(1)> *bold*\n# h')).toBe(
      '\\<img src=x onerror=alert(1)\\> \\*bold\\* # h',
    );
    expect(markdownInline('# heading')).toBe('\\# heading');
    expect(markdownInline('a | b')).toBe('a \\| b');
  });
});
