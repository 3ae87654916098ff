import { describe, expect, it } from 'vitest';
import { draftBrief } from './draftBrief.ts';
import {
  acknowledgedBrief,
  activeEscalation,
  entry,
  incident,
  NOW,
  sources,
} from './handoffTestData.testHelpers.ts';

const texts = (items: readonly { text: string }[]) => items.map((i) => i.text);

describe('drafting a first brief', () => {
  const brief = draftBrief(sources({ escalations: [activeEscalation] }));

  it('summarises the situation from the incident, its services and its playbook', () => {
    expect(brief.situation).toBe(
      'INC-0042 — Card payments failing. SEV2 availability incident, investigating, declared ' +
        '2026-11-26 10:00 UTC (3 h 30 min ago). Card authorisations time out at the gateway. ' +
        'Services affected: Payments gateway. Playbook Major service outage: 1 of 3 steps done, 1 overdue.',
    );
  });

  it('lists the key events since the declaration as actions with their times', () => {
    expect(brief.actions.map((a) => [a.at, a.text])).toEqual([
      ['2026-11-26T10:00:00.000Z', 'Declared SEV2'],
      ['2026-11-26T11:00:00.000Z', 'Rolled back release 42'],
      ['2026-11-26T12:30:00.000Z', 'Decision: fail over to the secondary acquirer'],
    ]);
    expect(brief.coversFrom).toBe('2026-11-26T10:00:00.000Z');
  });

  it('names who holds each role, services and escalations engaged, and open playbook steps', () => {
    expect(brief.organisation.map((o) => `${o.roleLabel}: ${o.name}`)).toEqual([
      'Incident Commander: Ada Commander',
      'Operations Lead: Sam Okoro',
    ]);
    expect(texts(brief.resources)).toEqual([
      'Service Payments gateway — owner Payments Engineering',
      'Escalation Payments on-call: paging Kwame Asante',
    ]);
    expect(brief.openTasks.map((t) => [t.text, t.at])).toEqual([
      ['Playbook step 2 of 3: Tell customers — Communications Lead', '2026-11-26T10:40:00.000Z'],
      ['Playbook step 3 of 3: Roll back — Operations Lead', '2026-11-26T20:40:00.000Z'],
    ]);
  });

  it('raises risks and orders the next scheduled updates by time', () => {
    expect(texts(brief.risks)).toEqual([
      'Nobody has acknowledged the Payments on-call page yet',
      'Operations Lead Sam Okoro is away',
      '1 playbook step is overdue',
    ]);
    expect(brief.nextUpdates.map((u) => [u.at, u.text])).toEqual([
      ['2026-11-26T13:40:00.000Z', 'Escalation Payments on-call moves on'],
      ['2026-11-26T14:00:00.000Z', 'Shift handoff: Ada Commander → Dana Ruiz'],
    ]);
  });

  it('marks nothing new when there is no previous brief to compare with', () => {
    expect(brief.changes).toEqual(['First brief for this incident']);
    const all = [...brief.objectives, ...brief.actions, ...brief.resources, ...brief.organisation];
    expect(all.every((item) => !item.isNew)).toBe(true);
  });

  it('starts a personal-data breach with the 72-hour notification as a pending decision', () => {
    const breach = draftBrief(
      sources({
        incident: incident({ type: 'personal-data-breach', complianceFlags: ['personalData'] }),
      }),
    );
    expect(breach.pendingDecisions).toEqual([
      {
        text: 'Notify the data-protection supervisory authority, or record why not (GDPR Art. 33, 72 h)',
        at: '2026-11-29T10:00:00.000Z',
        drafted: true,
        isNew: false,
      },
    ]);
    expect(texts(breach.objectives)).toContain(
      'Meet the notification duties raised (Personal data)',
    );
  });
});

describe('drafting the brief after a handover', () => {
  const first = sources();
  const previous = acknowledgedBrief(
    {
      ...first,
      previous: undefined,
    },
    '2026-11-26T13:00:00.000Z',
  );
  previous.risks.push({ text: 'Acquirer B rate-limits at 200 tps', isNew: false, drafted: false });
  previous.objectives = [{ text: 'Keep card payments on acquirer B', isNew: false }];
  const later = new Date('2026-11-26T21:00:00.000Z');
  const next = draftBrief(
    sources({
      incident: incident({
        severity: 'SEV1',
        status: 'mitigated',
        roles: [
          {
            role: 'incident-commander',
            personId: 'dana',
            since: '2026-11-26T13:00:00.000Z',
            assignedBy: 'dana',
          },
          {
            role: 'operations',
            personId: 'sam',
            since: '2026-11-26T10:05:00.000Z',
            assignedBy: 'ada',
          },
        ],
        playbook: {
          frameworkId: 'pb-outage',
          name: 'Major service outage',
          attachedAt: '2026-11-26T10:00:00.000Z',
          steps: [
            { stepId: 'bridge', completedAt: '2026-11-26T10:08:00.000Z', checkedItems: [] },
            { stepId: 'comms', completedAt: '2026-11-26T14:00:00.000Z', checkedItems: [] },
            { stepId: 'rollback', checkedItems: [] },
          ],
        },
      }),
      timeline: [...first.timeline, entry('2026-11-26T15:00:00.000Z', 'Error rate back to normal')],
      previous,
      outgoingLeadId: 'dana',
      incomingLeadId: 'ada',
      now: later,
    }),
  );

  it('covers only what happened since the last acknowledgement, all of it new', () => {
    expect(next.coversFrom).toBe('2026-11-26T13:00:00.000Z');
    expect(next.actions).toEqual([
      {
        text: 'Error rate back to normal',
        at: '2026-11-26T15:00:00.000Z',
        drafted: true,
        isNew: true,
      },
    ]);
  });

  it('says what changed in words: severity, status, roles, work done', () => {
    expect(next.changes).toEqual([
      'Severity SEV2 → SEV1',
      'Status investigating → mitigated',
      'Incident Commander: Dana Ruiz now holds the role',
      'Incident Commander: Ada Commander no longer holds the role',
      '1 timeline entry since the last brief',
      'Done: Playbook step 2 of 3: Tell customers — Communications Lead',
    ]);
  });

  it('carries the lead’s own lines and objectives over, not marked new, and marks new drafted lines', () => {
    expect(next.objectives).toEqual([
      { text: 'Keep card payments on acquirer B', isNew: false, drafted: false },
    ]);
    expect(next.risks).toContainEqual({
      text: 'Acquirer B rate-limits at 200 tps',
      isNew: false,
      drafted: false,
    });
    expect(next.organisation.find((o) => o.personId === 'dana')?.isNew).toBe(true);
    expect(next.organisation.find((o) => o.personId === 'sam')?.isNew).toBe(false);
    expect(next.pendingDecisions).toContainEqual({
      text: 'Decide whether the incident can be resolved',
      drafted: true,
      isNew: true,
    });
  });

  it('leaves out its own bookkeeping and anything before the handover', () => {
    const withReminder = draftBrief(
      sources({
        timeline: [entry('2026-11-26T13:29:00.000Z', 'Handoff reminder: shift ends', 'system')],
        now: NOW,
      }),
    );
    expect(withReminder.actions).toEqual([]);
  });
});

describe('a brief drafted from a busy timeline', () => {
  it('keeps key events and decisions, counts the log lines it leaves out, and lists cadence due times', () => {
    const system = (at: string, text: string) => ({
      ...entry(at, text, 'system'),
      actorKind: 'system' as const,
    });
    const brief = draftBrief(
      sources({
        timeline: [
          entry('2026-11-26T10:00:00.000Z', 'Declared SEV2', 'status-change'),
          system('2026-11-26T10:25:00.000Z', 'Communications: Update to Executives due at 10:30'),
          system('2026-11-26T10:31:00.000Z', 'Communications: Update to Executives is overdue'),
          entry('2026-11-26T10:40:00.000Z', 'Paging level 2', 'escalation'),
          entry('2026-11-26T10:45:00.000Z', 'Page acknowledged by Kwame Asante', 'escalation'),
          entry('2026-11-26T12:30:00.000Z', 'Decision: fail over', 'decision'),
        ],
        cadences: [{ audienceName: 'Executives', nextDueAt: '2026-11-26T13:45:00.000Z' }],
      }),
    );
    expect(texts(brief.actions)).toEqual([
      'Declared SEV2',
      'Page acknowledged by Kwame Asante',
      'Decision: fail over',
      '3 other timeline entries (reminders, pages, system notes) on the timeline',
    ]);
    expect(brief.nextUpdates.map((u) => [u.at, u.text])).toContainEqual([
      '2026-11-26T13:45:00.000Z',
      'Update to Executives due',
    ]);
  });
});
