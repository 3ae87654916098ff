import { describe, expect, it } from 'vitest';
import { EscalationClosedError } from './errors.ts';
import {
  acknowledge,
  advanceEscalation,
  escalationDue,
  startEscalation,
  type ResolveTargets,
} from './escalationMachine.ts';
import { parseEscalationState, type EscalationEvent } from './escalationState.ts';
import { parseEscalationPolicy } from './parsePolicy.ts';

const policy = parseEscalationPolicy({
  id: 'payments-major',
  name: 'Payments major incident',
  levels: [
    { targets: [{ kind: 'rotation', rotationId: 'payments-primary' }], ackTimeoutMinutes: 5 },
    { targets: [{ kind: 'role', role: 'incident-commander' }], ackTimeoutMinutes: 10 },
    { targets: [{ kind: 'person', personId: 'head-of-ops' }], ackTimeoutMinutes: 15 },
  ],
  repeat: 1,
});

/** Alice hands the rotation to Bob at 10:20; Dana is the Incident Commander. */
const resolveTargets: ResolveTargets = (target, at) => {
  if (target.kind === 'person') return [target.personId];
  if (target.kind === 'role') return target.role === 'incident-commander' ? ['dana'] : [];
  return at < new Date('2026-05-04T10:20:00Z') ? ['alice'] : ['bob'];
};

const t = (hhmm: string) => new Date(`2026-05-04T${hhmm}:00Z`);
const brief = (e: EscalationEvent) =>
  e.kind === 'page'
    ? `${e.at.slice(11, 16)} page r${e.round} L${e.levelIndex + 1} ${e.personIds.join('+') || 'nobody'}`
    : e.kind === 'escalate'
      ? `${e.at.slice(11, 16)} escalate L${e.from.levelIndex + 1}→r${e.to.round} L${e.to.levelIndex + 1}`
      : `${e.at.slice(11, 16)} exhausted`;

const fullRun = [
  '10:00 page r0 L1 alice',
  '10:05 escalate L1→r0 L2',
  '10:05 page r0 L2 dana',
  '10:15 escalate L2→r0 L3',
  '10:15 page r0 L3 head-of-ops',
  '10:30 escalate L3→r1 L1',
  '10:30 page r1 L1 bob',
  '10:35 escalate L1→r1 L2',
  '10:35 page r1 L2 dana',
  '10:45 escalate L2→r1 L3',
  '10:45 page r1 L3 head-of-ops',
  '11:00 exhausted',
];

describe('advanceEscalation', () => {
  it.each([
    ['09:59', 0, '10:00'],
    ['10:00', 1, '10:05'],
    ['10:04', 1, '10:05'],
    ['10:05', 3, '10:15'],
    ['10:29', 5, '10:30'],
    ['10:30', 7, '10:35'],
    ['10:59', 11, '11:00'],
    ['11:00', 12, null],
    ['23:00', 12, null],
  ])('at %s: %i steps taken, next due %s', (now, steps, due) => {
    const { state, events } = advanceEscalation(
      startEscalation(policy, t('10:00')),
      t(now),
      resolveTargets,
    );
    expect(events.map(brief)).toEqual(fullRun.slice(0, steps));
    expect(escalationDue(state)?.toISOString().slice(11, 16) ?? null).toBe(due);
  });

  it('polling every minute yields the same steps as one late call', () => {
    let state = startEscalation(policy, t('10:00'));
    const events: EscalationEvent[] = [];
    for (let minute = 0; minute <= 70; minute++) {
      const step = advanceEscalation(
        state,
        new Date(t('10:00').getTime() + minute * 60_000),
        resolveTargets,
      );
      state = step.state;
      events.push(...step.events);
    }
    expect(events.map(brief)).toEqual(fullRun);
    expect(state.status).toBe('exhausted');
  });

  it.each([
    ['10:00', '10:40'],
    ['10:06', '10:40'],
    ['10:16', '12:00'],
    ['10:31', '10:31'],
  ])(
    'resumes after a kill at %s from stored JSON at %s with exactly the missed steps',
    (killedAt, resumedAt) => {
      const before = advanceEscalation(
        startEscalation(policy, t('10:00')),
        t(killedAt),
        resolveTargets,
      );
      const stored = JSON.stringify(before.state);
      const after = advanceEscalation(
        parseEscalationState(JSON.parse(stored)),
        t(resumedAt),
        resolveTargets,
      );
      const uninterrupted = advanceEscalation(
        startEscalation(policy, t('10:00')),
        t(resumedAt),
        resolveTargets,
      );
      expect([...before.events, ...after.events]).toEqual(uninterrupted.events);
      expect(after.state).toEqual(uninterrupted.state);
    },
  );

  it('moves straight on when a level has nobody to page', () => {
    const noCommander: ResolveTargets = (target, at) =>
      target.kind === 'role' ? [] : resolveTargets(target, at);
    const { events } = advanceEscalation(
      startEscalation(policy, t('10:00')),
      t('10:06'),
      noCommander,
    );
    expect(events.map(brief)).toEqual([
      '10:00 page r0 L1 alice',
      '10:05 escalate L1→r0 L2',
      '10:05 page r0 L2 nobody',
      '10:05 escalate L2→r0 L3',
      '10:05 page r0 L3 head-of-ops',
    ]);
    expect(events[3]).toMatchObject({ reason: 'nobody could be paged at level 2' });
  });

  it('says to page by hand once every level is exhausted', () => {
    const { events } = advanceEscalation(
      startEscalation(policy, t('10:00')),
      t('12:00'),
      resolveTargets,
    );
    expect(events.at(-1)).toEqual({
      kind: 'exhausted',
      at: '2026-05-04T11:00:00.000Z',
      rounds: 2,
      reason:
        'no acknowledgement within 15 min at level 3; every level was tried 2 time(s) — page someone by hand',
    });
  });
});

describe('acknowledge', () => {
  const paged = advanceEscalation(
    startEscalation(policy, t('10:00')),
    t('10:07'),
    resolveTargets,
  ).state;

  it('stops the escalation', () => {
    const acked = acknowledge(paged, 'dana', t('10:07'));
    expect(acked).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'dana', dueAt: null });
    expect(escalationDue(acked)).toBeNull();
    expect(advanceEscalation(acked, t('12:00'), resolveTargets).events).toEqual([]);
  });

  it.each([
    [
      'acknowledged',
      () => acknowledge(paged, 'dana', t('10:07')),
      /already acknowledged by dana at 2026-05-04T10:07:00.000Z/,
    ],
    [
      'exhausted',
      () => advanceEscalation(paged, t('12:00'), resolveTargets).state,
      /ran out of levels; start a new escalation or page someone by hand/,
    ],
  ])('refuses a second acknowledgement once %s', (_status, closed, message) => {
    expect(() => acknowledge(closed(), 'alice', t('12:01'))).toThrow(EscalationClosedError);
    expect(() => acknowledge(closed(), 'alice', t('12:01'))).toThrow(message);
  });

  it('keeps the state plain JSON', () => {
    const acked = acknowledge(paged, 'dana', t('10:07'));
    expect(JSON.parse(JSON.stringify(acked))).toEqual(acked);
  });
});
