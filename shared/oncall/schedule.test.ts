import { describe, expect, it } from 'vitest';
import { RotationConfigError, ScheduleRangeError } from './errors.ts';
import { rotationFromDefinition, type RotationDefinition } from './fromRotationDefinition.ts';
import { parseRotation } from './parseRotation.ts';
import { nextHandoff, shiftsBetween } from './schedule.ts';
import { dailyRotation, layeredRotation } from './testRotations.ts';
import { whoIsOnCall } from './whoIsOnCall.ts';

const span = (s: { personId: string; start: Date; end: Date; source: string }) => [
  s.personId,
  s.source,
  s.start.toISOString().slice(0, 16),
  s.end.toISOString().slice(0, 16),
];

describe('overrides', () => {
  const rotation = dailyRotation('Europe/London', [
    { id: 'dentist', personId: 'dave', start: '2026-03-30T12:00:00Z', end: '2026-03-30T18:00:00Z' },
    { id: 'swap', personId: 'erin', start: '2026-03-30T16:00:00Z', end: '2026-03-30T17:00:00Z' },
  ]);

  it.each([
    ['2026-03-30T11:59Z', 'carol', 'layer'],
    ['2026-03-30T12:00Z', 'dave', 'override'],
    ['2026-03-30T16:30Z', 'erin', 'override'],
    ['2026-03-30T17:00Z', 'dave', 'override'],
    ['2026-03-30T18:00Z', 'carol', 'layer'],
  ])('at %s → %s (%s)', (at, personId, source) => {
    expect(whoIsOnCall(rotation, new Date(at))).toMatchObject({ personId, source });
  });

  it('splits the regular shift around the override', () => {
    const shifts = shiftsBetween(
      rotation,
      new Date('2026-03-30T08:00Z'),
      new Date('2026-03-31T08:00Z'),
    );
    expect(shifts.map(span)).toEqual([
      ['carol', 'layer', '2026-03-30T08:00', '2026-03-30T12:00'],
      ['dave', 'override', '2026-03-30T12:00', '2026-03-30T16:00'],
      ['erin', 'override', '2026-03-30T16:00', '2026-03-30T17:00'],
      ['dave', 'override', '2026-03-30T17:00', '2026-03-30T18:00'],
      ['carol', 'layer', '2026-03-30T18:00', '2026-03-31T08:00'],
    ]);
  });

  it('the next handoff is to the override', () => {
    const handoff = nextHandoff(rotation, new Date('2026-03-30T09:00Z'));
    expect(handoff?.at.toISOString()).toBe('2026-03-30T12:00:00.000Z');
    expect(handoff?.to).toEqual({ personId: 'dave', source: 'override', overrideId: 'dentist' });
  });
});

describe('layers: the higher layer wins where it covers the moment', () => {
  it.each([
    ['Monday 08:59 BST', '2026-03-30T07:59Z', 'bob', 'round-the-clock'],
    ['Monday 09:00 BST', '2026-03-30T08:00Z', 'erin', 'business-hours'],
    ['Monday 16:59 BST', '2026-03-30T15:59Z', 'erin', 'business-hours'],
    ['Monday 17:00 BST', '2026-03-30T16:00Z', 'alice', 'round-the-clock'],
    ['Saturday 12:00 BST', '2026-04-04T11:00Z', 'alice', 'round-the-clock'],
    ['Monday 10:00 GMT, before the change', '2026-03-09T10:00Z', 'erin', 'business-hours'],
  ])('%s → %s from %s', (_label, at, personId, layerId) => {
    expect(whoIsOnCall(layeredRotation, new Date(at))).toMatchObject({ personId, layerId });
  });

  it('lists the business-hours cover inside the round-the-clock week', () => {
    const shifts = shiftsBetween(
      layeredRotation,
      new Date('2026-03-30T00:00Z'),
      new Date('2026-03-31T00:00Z'),
    );
    expect(shifts.map(span)).toEqual([
      ['bob', 'layer', '2026-03-30T00:00', '2026-03-30T08:00'],
      ['erin', 'layer', '2026-03-30T08:00', '2026-03-30T16:00'],
      ['alice', 'layer', '2026-03-30T16:00', '2026-03-31T00:00'],
    ]);
  });

  it('leaves a gap where no layer covers the moment', () => {
    const businessOnly = parseRotation({ ...layeredRotation, layers: [layeredRotation.layers[1]] });
    expect(whoIsOnCall(businessOnly, new Date('2026-04-04T11:00Z'))).toBeNull();
    const handoff = nextHandoff(businessOnly, new Date('2026-04-04T11:00Z'));
    expect([handoff?.at.toISOString(), handoff?.from, handoff?.to?.personId]).toEqual([
      '2026-04-06T08:00:00.000Z',
      null,
      'erin',
    ]);
  });

  it('covers an overnight window that runs past midnight', () => {
    const nights = parseRotation({
      ...layeredRotation,
      layers: [
        {
          ...layeredRotation.layers[1],
          restrictions: [{ days: ['mon'], start: '17:00', end: '09:00' }],
        },
      ],
    });
    expect(whoIsOnCall(nights, new Date('2026-03-31T07:59Z'))?.personId).toBe('erin');
    expect(whoIsOnCall(nights, new Date('2026-03-31T08:00Z'))).toBeNull();
  });
});

describe('a one-person layer', () => {
  const solo = parseRotation({
    ...dailyRotation('Europe/London'),
    layers: [{ ...dailyRotation('Europe/London').layers[0], participantIds: ['alice'] }],
    overrides: [
      { id: 'cover', personId: 'bob', start: '2026-03-30T12:00:00Z', end: '2026-03-30T13:00:00Z' },
    ],
  });

  it('is one continuous shift around an override', () => {
    const shifts = shiftsBetween(
      solo,
      new Date('2026-03-30T00:00Z'),
      new Date('2026-04-02T00:00Z'),
    );
    expect(shifts.map(span)).toEqual([
      ['alice', 'layer', '2026-03-30T00:00', '2026-03-30T12:00'],
      ['bob', 'override', '2026-03-30T12:00', '2026-03-30T13:00'],
      ['alice', 'layer', '2026-03-30T13:00', '2026-04-02T00:00'],
    ]);
  });

  it('has no handoff once the last override is over', () => {
    expect(nextHandoff(solo, new Date('2026-03-30T14:00Z'))).toBeNull();
  });

  it('hands over from nobody when the layer starts', () => {
    const handoff = nextHandoff(solo, new Date('2026-02-01T00:00Z'));
    expect([handoff?.at.toISOString(), handoff?.from, handoff?.to?.personId]).toEqual([
      '2026-03-01T09:00:00.000Z',
      null,
      'alice',
    ]);
  });
});

describe('stored rotations and validation', () => {
  it('schedules a rotation from an organisation file (weekly, New York, across the March change)', () => {
    const definition: RotationDefinition = {
      id: 'platform-sre-primary',
      name: 'Platform SRE primary (weekly)',
      timeZone: 'America/New_York',
      handoffTime: '09:00',
      shiftHours: 168,
      startsOn: '2026-01-05T14:00:00.000Z',
      participantIds: ['daniel-reyes', 'aisha-bello', 'tom-whitfield', 'priya-raman'],
    };
    const rotation = rotationFromDefinition(definition);
    expect(whoIsOnCall(rotation, new Date('2026-03-09T12:59Z'))?.personId).toBe('daniel-reyes');
    expect(whoIsOnCall(rotation, new Date('2026-03-09T13:00Z'))?.personId).toBe('aisha-bello');
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'timeZone: not an IANA time zone, e.g. Europe/London'],
    [
      {
        overrides: [
          { id: 'o', personId: 'x', start: '2026-01-02T00:00:00Z', end: '2026-01-01T00:00:00Z' },
        ],
      },
      'overrides.0.end: an override must end after it starts',
    ],
  ])('rejects %j', (change, message) => {
    expect(() => parseRotation({ ...dailyRotation('UTC'), ...change })).toThrow(
      `Rotation is not valid — ${message}`,
    );
  });

  it('rejects a handoff time that is not HH:mm', () => {
    const layers = [{ ...dailyRotation('UTC').layers[0], handoffTime: '9am' }];
    expect(() => parseRotation({ ...dailyRotation('UTC'), layers })).toThrow(RotationConfigError);
  });

  it('refuses to list more than 400 days at once', () => {
    expect(() =>
      shiftsBetween(dailyRotation('UTC'), new Date('2026-01-01Z'), new Date('2027-06-01Z')),
    ).toThrow(ScheduleRangeError);
  });
});
