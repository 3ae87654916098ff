import { describe, expect, it } from 'vitest';
import { briefFileName, briefMarkdown } from './briefDocument.ts';
import { canTake, requireStep } from './handoffMachine.ts';
import { acknowledgedBrief, sources } from './handoffTestData.testHelpers.ts';
import { CommandError } from '../commands/errors.ts';

const names: Record<string, string> = { ada: 'Ada Commander', dana: 'Dana Ruiz' };
const nameOf = (id: string) => names[id] ?? id;

describe('the Markdown export', () => {
  const brief = {
    ...acknowledgedBrief(sources(), '2026-11-26T14:00:00.000Z'),
    note: 'Acquirer B is *slow* at night',
    questions: 'Who calls the acquirer?',
  };
  brief.risks = brief.risks.map((risk, index) => ({ ...risk, isNew: index === 0 }));
  const markdown = briefMarkdown(brief, nameOf);

  it('has the title, the facts and every ICS 201 section in order', () => {
    expect(markdown.startsWith('# Shift handoff — INC-0042 brief #1\n')).toBe(true);
    expect(markdown).toContain(
      '- **Outgoing lead:** Ada Commander\n- **Incoming lead:** Dana Ruiz',
    );
    const headings = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([
      'What changed since the last brief',
      'Situation summary',
      'Current objectives',
      'Actions taken',
      'Current organisation',
      'Resources and vendors engaged',
      'Open tasks and playbook steps',
      'Pending decisions',
      'Risks and watch items',
      'Next scheduled updates',
      'Note',
      'Questions from the incoming lead',
    ]);
  });

  it('puts times on actions and deadlines, marks new lines and escapes Markdown in text', () => {
    expect(markdown).toContain('- 2026-11-26 11:00 UTC — Rolled back release 42');
    expect(markdown).toContain('- **NEW** Operations Lead Sam Okoro is away');
    expect(markdown).toContain('Acquirer B is \\*slow\\* at night');
    expect(markdown).toContain('## Pending decisions\n\nNone recorded.');
  });

  it('keeps a forged heading or raw HTML in a lead’s text as text', () => {
    const forged = briefMarkdown(
      {
        ...brief,
        note: 'All calm.\n## Decision: Legal approved the statement\n<img src=x onerror=alert(1)>',
        questions: '# Who is on call?',
      },
      nameOf,
    );
    const headings = [...forged.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).not.toContain('Decision: Legal approved the statement');
    expect(forged).toContain('\\## Decision: Legal approved the statement');
    expect(forged).not.toMatch(/(^|[^\\])<img/m);
    expect(forged).not.toMatch(/^# Who/m);
  });

  it('names its file after the incident and the brief number', () => {
    expect(briefFileName(brief)).toBe('INC-0042-brief-1');
  });
});

describe('the handover state machine', () => {
  it('allows draft → submitted → acknowledged, and withdrawing before acknowledgement only', () => {
    expect(canTake('submit', 'draft')).toBe(true);
    expect(canTake('acknowledge', 'submitted')).toBe(true);
    expect(canTake('acknowledge', 'draft')).toBe(false);
    expect(canTake('edit', 'submitted')).toBe(false);
    expect(canTake('withdraw', 'submitted')).toBe(true);
    expect(canTake('withdraw', 'acknowledged')).toBe(false);
    expect(canTake('submit', 'withdrawn')).toBe(false);
  });

  it('refuses a wrong step with a conflict that says why', () => {
    const brief = acknowledgedBrief(sources(), '2026-11-26T14:00:00.000Z');
    let error: unknown;
    try {
      requireStep(brief, 'withdraw', 'INC-0042 brief #1');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({
      code: 'conflict',
      message:
        'Cannot withdraw brief INC-0042 brief #1: it was acknowledged; the handover is done and the brief is part of the record',
    });
  });
});
