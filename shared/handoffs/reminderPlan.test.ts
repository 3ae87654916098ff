import { describe, expect, it } from 'vitest';
import { rotationFromDefinition } from '../oncall/fromRotationDefinition.ts';
import { currentShiftOf, reminderEntryId, reminderKeyOf } from './leadShift.ts';
import { planReminders } from './reminderPlan.ts';
import { incident } from './handoffTestData.testHelpers.ts';

// 12-hour shifts handing over at 09:00 and 21:00 UTC: ada, then dana, then ada…
const rotation = rotationFromDefinition({
  id: 'duty',
  name: 'Duty lead (12h)',
  timeZone: 'UTC',
  handoffTime: '09:00',
  shiftHours: 12,
  startsOn: '2026-11-02T09:00:00.000Z',
  participantIds: ['ada', 'dana'],
});

describe('the lead’s shift', () => {
  it('ends at the rotation’s next handoff, to whoever is on call next', () => {
    expect(currentShiftOf([rotation], 'ada', new Date('2026-11-26T13:00:00Z'))).toEqual({
      rotationId: 'duty',
      rotationName: 'Duty lead (12h)',
      personId: 'ada',
      endsAt: '2026-11-26T21:00:00.000Z',
      nextPersonId: 'dana',
    });
  });

  it('is unknown for someone on no rotation, or not on call now', () => {
    expect(currentShiftOf([rotation], 'sam', new Date('2026-11-26T13:00:00Z'))).toBeUndefined();
    expect(currentShiftOf([rotation], 'dana', new Date('2026-11-26T13:00:00Z'))).toBeUndefined();
  });
});

describe('planning handoff reminders', () => {
  const incidents = [incident()];

  it('is not due before the set time, and says when to look again', () => {
    const plan = planReminders(
      incidents,
      [rotation],
      30,
      new Date('2026-11-26T20:29:00Z'),
      new Set(),
    );
    expect(plan.due).toEqual([]);
    expect(plan.nextCheckAt?.toISOString()).toBe('2026-11-26T20:30:00.000Z');
  });

  it('is due from the set time before the shift ends, once', () => {
    const now = new Date('2026-11-26T20:30:00Z');
    const plan = planReminders(incidents, [rotation], 30, now, new Set());
    const entryId = reminderEntryId('inc-1', reminderKeyOf('ada', '2026-11-26T21:00:00.000Z'));
    expect(plan.due).toEqual([
      {
        incidentId: 'inc-1',
        outgoingLeadId: 'ada',
        shiftEndsAt: '2026-11-26T21:00:00.000Z',
        rotationName: 'Duty lead (12h)',
        dueAt: '2026-11-26T20:30:00.000Z',
        entryId,
      },
    ]);
    expect(planReminders(incidents, [rotation], 30, now, new Set([entryId])).due).toEqual([]);
    expect(plan.nextCheckAt?.toISOString()).toBe('2026-11-26T21:00:00.000Z');
  });

  it('skips incidents that are over or have no commander', () => {
    const now = new Date('2026-11-26T20:45:00Z');
    const over = incident({ status: 'resolved' });
    const leaderless = incident({ roles: [] });
    expect(planReminders([over, leaderless], [rotation], 30, now, new Set()).due).toEqual([]);
  });

  it('gives each shift its own reminder id', () => {
    expect(reminderEntryId('inc-1', reminderKeyOf('ada', '2026-11-26T21:00:00.000Z'))).not.toBe(
      reminderEntryId('inc-1', reminderKeyOf('ada', '2026-11-27T21:00:00.000Z')),
    );
    expect(reminderEntryId('inc-1', 'x').length).toBeLessThanOrEqual(64);
  });
});
