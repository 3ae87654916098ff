import { describe, expect, it } from 'vitest';
import { afterActionReportMarkdown } from './aarMarkdown.ts';
import type { AfterActionReport } from './afterActionReport.ts';

const hostile = '<script>alert(1)</script>\n## Approved by Legal';

const report: AfterActionReport = {
  title: 'AAR — <img src=x onerror=alert(1)>',
  scenarioTitle: 'Ransomware',
  overview: {
    summary: `Went well.\n${hostile}`,
    facilitator: 'Yusuf <b>Demir</b>',
    scenarioDuration: '2 h',
    injectsReleased: 1,
    injectsSkipped: 0,
    injectsPending: 0,
    contingenciesAdded: 0,
  },
  objectives: [
    {
      id: 'o1',
      text: 'Contain <iframe>',
      rating: 'S',
      evaluations: [{ evaluator: 'Kevin', rating: 'S', observations: hostile }],
    },
  ],
  strengths: [hostile],
  areasForImprovement: ['# Forged heading'],
  improvementItems: [{ title: hostile, owner: 'Elena', dueDate: '2027-01-15', status: 'open' }],
  participation: [{ name: '<u>Maya</u>', exerciseRole: 'player', actions: 1 }],
};

describe('the after-action report’s Markdown', () => {
  const markdown = afterActionReportMarkdown(report);

  it('copies no raw HTML from what people wrote', () => {
    expect(markdown).not.toMatch(/(^|[^\\])<\/?(script|img|iframe|b|u)\b/m);
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
  });

  it('has only its own headings, whatever people typed', () => {
    const headings = [...markdown.matchAll(/^#{1,6} .*$/gm)].map((match) => match[0]);
    expect(headings).toEqual([
      '# AAR — \\<img src=x onerror=alert(1)\\>',
      '## Overview',
      '## Objectives and ratings',
      '## Strengths',
      '## Areas for improvement',
      '## Improvement plan',
      '## Participation',
    ]);
  });
});
