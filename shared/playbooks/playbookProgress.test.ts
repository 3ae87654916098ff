import { describe, expect, it } from 'vitest';
import { playbookProgress } from './playbookProgress.ts';
import type { Playbook, StepRecord } from './playbookTypes.ts';

const outage: Playbook = {
  id: 'major-outage',
  name: 'Major service outage',
  incidentType: 'availability',
  minSeverity: 'SEV2',
  steps: [
    {
      id: 'assemble',
      title: 'Assemble the response team',
      ownerRole: 'incident-commander',
      expectedMinutes: 10,
      checklist: ['Open the bridge', 'Assign roles'],
    },
    {
      id: 'scope',
      title: 'Establish blast radius',
      ownerRole: 'operations',
      expectedMinutes: 15,
      checklist: ['Affected services', 'Affected customers', 'Start time'],
    },
    {
      id: 'notify',
      title: 'First stakeholder update',
      ownerRole: 'communications-lead',
      expectedMinutes: 15,
      checklist: [],
    },
  ],
};
const attachedAt = new Date('2026-05-04T10:00:00Z');
const at = (hhmm: string) => new Date(`2026-05-04T${hhmm}:00Z`);

describe('playbookProgress', () => {
  it('gives each step a due time cumulated from attachment', () => {
    const progress = playbookProgress(outage, attachedAt, [], at('10:00'));
    expect(progress.steps.map((s) => s.dueAt.toISOString().slice(11, 16))).toEqual([
      '10:10',
      '10:25',
      '10:40',
    ]);
  });

  it.each<
    [
      string,
      string,
      StepRecord[],
      { overdue: boolean[]; late: boolean[]; completed: number; next: string | null },
    ]
  >([
    [
      'nothing done, nothing due',
      '10:05',
      [],
      {
        overdue: [false, false, false],
        late: [false, false, false],
        completed: 0,
        next: 'assemble',
      },
    ],
    [
      'first step due and open',
      '10:10',
      [],
      {
        overdue: [true, false, false],
        late: [false, false, false],
        completed: 0,
        next: 'assemble',
      },
    ],
    [
      'first step done on time',
      '10:12',
      [{ stepId: 'assemble', completedAt: '2026-05-04T10:08:00Z' }],
      { overdue: [false, false, false], late: [false, false, false], completed: 1, next: 'scope' },
    ],
    [
      'first step done late, second overdue',
      '10:30',
      [{ stepId: 'assemble', completedAt: '2026-05-04T10:20:00Z' }],
      { overdue: [false, true, false], late: [true, false, false], completed: 1, next: 'scope' },
    ],
    [
      'done out of order',
      '10:30',
      [{ stepId: 'notify', completedAt: '2026-05-04T10:29:00Z' }],
      { overdue: [true, true, false], late: [false, false, false], completed: 1, next: 'assemble' },
    ],
    [
      'all done',
      '11:00',
      [
        { stepId: 'assemble', completedAt: '2026-05-04T10:09:00Z' },
        { stepId: 'scope', completedAt: '2026-05-04T10:24:00Z' },
        { stepId: 'notify', completedAt: '2026-05-04T10:45:00Z' },
      ],
      { overdue: [false, false, false], late: [false, false, true], completed: 3, next: null },
    ],
  ])('%s at %s', (_label, now, records, expected) => {
    const progress = playbookProgress(outage, attachedAt, records, at(now));
    expect(progress.steps.map((s) => s.overdue)).toEqual(expected.overdue);
    expect(progress.steps.map((s) => s.late)).toEqual(expected.late);
    expect(progress.completedSteps).toBe(expected.completed);
    expect(progress.overdueSteps).toBe(expected.overdue.filter(Boolean).length);
    expect(progress.nextStep?.stepId ?? null).toBe(expected.next);
  });

  it('counts ticked checklist items and records who completed a step', () => {
    const progress = playbookProgress(
      outage,
      attachedAt,
      [
        {
          stepId: 'assemble',
          completedAt: '2026-05-04T10:05:00Z',
          completedBy: 'dana',
          checkedItems: [0, 1],
        },
        { stepId: 'scope', checkedItems: [2, 2, 7] },
      ],
      at('10:06'),
    );
    const [assemble, scope, notify] = progress.steps;
    expect(assemble?.checklist).toMatchObject({ done: 2, total: 2 });
    expect(assemble?.completedBy).toBe('dana');
    expect(scope?.checklist.items).toEqual([
      { text: 'Affected services', done: false },
      { text: 'Affected customers', done: false },
      { text: 'Start time', done: true },
    ]);
    expect(notify?.checklist).toEqual({ done: 0, total: 0, items: [] });
  });

  it('reports records for steps the playbook no longer has', () => {
    const progress = playbookProgress(
      outage,
      attachedAt,
      [{ stepId: 'page-vendor', completedAt: '2026-05-04T10:01:00Z' }],
      at('10:02'),
    );
    expect(progress.unknownStepIds).toEqual(['page-vendor']);
    expect(progress.completedSteps).toBe(0);
  });
});
