import { describe, expect, it } from 'vitest';
import { shiftsBetween, nextHandoff } from './schedule.ts';
import { dailyRotation, followTheSun } from './testRotations.ts';
import { whoIsOnCall } from './whoIsOnCall.ts';
import { toWallClock } from './zonedTime.ts';

const HOUR = 3_600_000;
const localClock = (at: Date, zone: string) =>
  new Date(toWallClock(at.getTime(), zone)).toISOString().slice(11, 16);

describe('daily 09:00 handoff across DST', () => {
  it.each([
    ['Europe/London', 'spring', '2026-03-28T00:00Z', '2026-03-28T09:00Z', '2026-03-29T08:00Z', 23],
    ['Europe/London', 'autumn', '2026-10-24T00:00Z', '2026-10-24T08:00Z', '2026-10-25T09:00Z', 25],
    [
      'America/New_York',
      'spring',
      '2026-03-07T00:00Z',
      '2026-03-07T14:00Z',
      '2026-03-08T13:00Z',
      23,
    ],
    [
      'America/New_York',
      'autumn',
      '2026-10-31T00:00Z',
      '2026-10-31T13:00Z',
      '2026-11-01T14:00Z',
      25,
    ],
  ])(
    '%s %s: the shift containing the change is %i hours',
    (zone, _season, from, changeShiftStart, changeShiftEnd, hours) => {
      const shifts = shiftsBetween(
        dailyRotation(zone),
        new Date(from),
        new Date(Date.parse(from) + 4 * 24 * HOUR),
      );
      const boundaries = shifts.slice(1).map((s) => s.start);
      expect(boundaries.map((b) => localClock(b, zone))).toEqual([
        '09:00',
        '09:00',
        '09:00',
        '09:00',
      ]);
      const changeShift = shifts.find((s) => s.start.getTime() === Date.parse(changeShiftStart));
      expect(changeShift?.end.toISOString()).toBe(new Date(changeShiftEnd).toISOString());
      expect(((changeShift?.end.getTime() ?? 0) - (changeShift?.start.getTime() ?? 0)) / HOUR).toBe(
        hours,
      );
      expect(
        shifts
          .filter((s) => s !== changeShift && s !== shifts[0] && s !== shifts.at(-1))
          .map((s) => (s.end.getTime() - s.start.getTime()) / HOUR),
      ).toEqual([24, 24]);
    },
  );

  it.each([
    ['Europe/London', '2026-03-29T07:59Z', 'alice'],
    ['Europe/London', '2026-03-29T08:00Z', 'bob'],
    ['Europe/London', '2026-10-25T08:30Z', 'alice'],
    ['Europe/London', '2026-10-25T09:00Z', 'bob'],
    ['America/New_York', '2026-03-08T12:59Z', 'alice'],
    ['America/New_York', '2026-03-08T13:00Z', 'bob'],
    ['America/New_York', '2026-11-01T13:30Z', 'bob'],
    ['America/New_York', '2026-11-01T14:00Z', 'carol'],
  ])('%s at %s → %s', (zone, at, personId) => {
    expect(whoIsOnCall(dailyRotation(zone), new Date(at))?.personId).toBe(personId);
  });

  it.each([
    ['Europe/London', '2026-03-28T12:00Z', '2026-03-29T08:00:00.000Z', 'alice', 'bob'],
    ['Europe/London', '2026-10-24T12:00Z', '2026-10-25T09:00:00.000Z', 'alice', 'bob'],
    ['America/New_York', '2026-03-07T20:00Z', '2026-03-08T13:00:00.000Z', 'alice', 'bob'],
    ['America/New_York', '2026-10-31T20:00Z', '2026-11-01T14:00:00.000Z', 'bob', 'carol'],
  ])('%s: next handoff after %s is at %s (%s → %s)', (zone, at, expected, from, to) => {
    const handoff = nextHandoff(dailyRotation(zone), new Date(at));
    expect(handoff?.at.toISOString()).toBe(expected);
    expect([handoff?.from?.personId, handoff?.to?.personId]).toEqual([from, to]);
  });

  it('nobody is on call before the rotation starts', () => {
    expect(whoIsOnCall(dailyRotation('Europe/London'), new Date('2026-03-01T08:59Z'))).toBeNull();
    expect(
      whoIsOnCall(dailyRotation('Europe/London'), new Date('2026-03-01T09:00Z'))?.personId,
    ).toBe('alice');
  });
});

describe('12-hour follow-the-sun rotation', () => {
  it.each([
    ['UTC', '2026-06-01T09:00Z', 'london-lead'],
    ['UTC', '2026-06-01T20:00Z', 'sydney-lead'],
    ['UTC', '2026-06-02T07:59Z', 'sydney-lead'],
    ['UTC', '2026-06-02T08:00Z', 'london-lead'],
    ['Europe/London', '2026-03-29T06:59Z', 'sydney-lead'],
    ['Europe/London', '2026-03-29T07:00Z', 'london-lead'],
  ])('%s at %s → %s', (zone, at, personId) => {
    expect(whoIsOnCall(followTheSun(zone), new Date(at))?.personId).toBe(personId);
  });

  it('hands off at 08:00 and 20:00 local, the night shift over the spring change lasting 11 hours', () => {
    const shifts = shiftsBetween(
      followTheSun('Europe/London'),
      new Date('2026-03-28T08:00Z'),
      new Date('2026-03-29T19:00Z'),
    );
    expect(
      shifts.map((s) => [
        s.personId,
        s.start.toISOString(),
        (s.end.getTime() - s.start.getTime()) / HOUR,
      ]),
    ).toEqual([
      ['london-lead', '2026-03-28T08:00:00.000Z', 12],
      ['sydney-lead', '2026-03-28T20:00:00.000Z', 11],
      ['london-lead', '2026-03-29T07:00:00.000Z', 12],
    ]);
  });
});
