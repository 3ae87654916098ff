import { describe, expect, it } from 'vitest';
import type { CommunicationDoc } from '../schema/communication.ts';
import {
  cadenceAnnouncement,
  cadenceIntervals,
  cadenceStatus,
  cadenceWakeAt,
  minutesOverdue,
  nextDueAt,
} from './cadence.ts';
import { cadenceChanges } from './cadencePlanning.ts';
import type { CadencePolicy } from './configSchemas.ts';

const policy: CadencePolicy = {
  id: 'default',
  name: 'Default',
  remindBeforeMinutes: 5,
  rules: [
    { severity: 'SEV1', audienceId: 'executives', everyMinutes: 30 },
    { severity: 'SEV1', audienceId: 'customers-public', everyMinutes: 60 },
    { severity: 'SEV2', audienceId: 'executives', everyMinutes: 60 },
  ],
};
const declaredAt = '2026-11-26T10:00:00.000Z';
const cadenceDoc = (over: Partial<CommunicationDoc>): CommunicationDoc => ({
  id: 'c',
  kind: 'cadence',
  incidentId: 'i',
  audienceId: 'executives',
  createdAt: declaredAt,
  updatedAt: declaredAt,
  hlc: 'x',
  source: 'policy',
  everyMinutes: 30,
  nextDueAt: '2026-11-26T10:30:00.000Z',
  ...over,
});

describe('cadence scheduling', () => {
  it('SEV1: executives every 30 minutes, the public every 60', () => {
    expect(cadenceIntervals(policy, 'SEV1')).toEqual([
      { audienceId: 'executives', everyMinutes: 30 },
      { audienceId: 'customers-public', everyMinutes: 60 },
    ]);
    expect(nextDueAt(declaredAt, 30)).toBe('2026-11-26T10:30:00.000Z');
  });

  it('reminds before the due time, then notes it overdue — each once per due time', () => {
    const clock = { nextDueAt: '2026-11-26T10:30:00.000Z', remindBeforeMinutes: 5 };
    expect(cadenceStatus(clock, new Date('2026-11-26T10:24:59Z'))).toBe('on-track');
    expect(cadenceStatus(clock, new Date('2026-11-26T10:25:00Z'))).toBe('due-soon');
    expect(cadenceStatus(clock, new Date('2026-11-26T10:30:00Z'))).toBe('overdue');
    expect(cadenceAnnouncement(clock, new Date('2026-11-26T10:26:00Z'))).toBe('reminder');
    const reminded = { ...clock, remindedFor: clock.nextDueAt };
    expect(cadenceAnnouncement(reminded, new Date('2026-11-26T10:26:00Z'))).toBeUndefined();
    expect(cadenceAnnouncement(reminded, new Date('2026-11-26T10:31:00Z'))).toBe('overdue');
    expect(
      cadenceAnnouncement(
        { ...reminded, overdueNotedFor: clock.nextDueAt },
        new Date('2026-11-26T11:00:00Z'),
      ),
    ).toBeUndefined();
    expect(minutesOverdue(clock.nextDueAt, new Date('2026-11-26T10:47:30Z'))).toBe(17);
  });

  it('wakes the scheduler at the reminder, then at the due time, then not at all', () => {
    const clock = { nextDueAt: '2026-11-26T10:30:00.000Z', remindBeforeMinutes: 5 };
    expect(cadenceWakeAt(clock)).toBe(Date.parse('2026-11-26T10:25:00Z'));
    expect(cadenceWakeAt({ ...clock, remindedFor: clock.nextDueAt })).toBe(
      Date.parse('2026-11-26T10:30:00Z'),
    );
    expect(cadenceWakeAt({ ...clock, overdueNotedFor: clock.nextDueAt })).toBeUndefined();
  });

  it('starts the policy’s cadences at declaration and re-times them when severity changes', () => {
    const start = cadenceChanges(policy, { severity: 'SEV1', declaredAt }, []);
    expect(start.map((c) => [c.audienceId, c.nextDueAt])).toEqual([
      ['executives', '2026-11-26T10:30:00.000Z'],
      ['customers-public', '2026-11-26T11:00:00.000Z'],
    ]);
    const existing = [
      cadenceDoc({ id: 'e', lastSentAt: '2026-11-26T10:20:00.000Z' }),
      cadenceDoc({ id: 'p', audienceId: 'customers-public', everyMinutes: 60 }),
    ];
    expect(cadenceChanges(policy, { severity: 'SEV1', declaredAt }, existing)).toEqual([]);
    const lowered = cadenceChanges(policy, { severity: 'SEV2', declaredAt }, existing);
    expect(lowered).toEqual([
      {
        audienceId: 'executives',
        everyMinutes: 60,
        nextDueAt: '2026-11-26T11:20:00.000Z',
        stopped: false,
        existingId: 'e',
      },
      expect.objectContaining({ audienceId: 'customers-public', stopped: true, existingId: 'p' }),
    ]);
  });

  it('counts an update sent before the cadence started', () => {
    const [executives] = cadenceChanges(policy, { severity: 'SEV1', declaredAt }, [], {
      executives: '2026-11-26T10:05:00.000Z',
    });
    expect(executives?.nextDueAt).toBe('2026-11-26T10:35:00.000Z');
  });

  it('leaves a cadence a person set by command alone', () => {
    const manual = [cadenceDoc({ source: 'manual', everyMinutes: 15 })];
    expect(cadenceChanges(policy, { severity: 'SEV2', declaredAt }, manual)).toEqual([]);
  });
});
