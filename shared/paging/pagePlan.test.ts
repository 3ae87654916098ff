import { describe, expect, it } from 'vitest';
import { planPageDeliveries, shortCodeFor } from './pagePlan.ts';
import { quietHoursEnd } from './quietHours.ts';

const now = new Date('2026-11-26T23:30:00.000Z');
const profile = {
  methods: [
    {
      id: 'app',
      type: 'push' as const,
      address: '',
      label: '',
      addedAt: '2026-11-01T00:00:00.000Z',
    },
    {
      id: 'mobile',
      type: 'sms' as const,
      address: '+447700900101',
      label: '',
      addedAt: '2026-11-01T00:00:00.000Z',
    },
    {
      id: 'call',
      type: 'voice' as const,
      address: '+447700900101',
      label: '',
      addedAt: '2026-11-01T00:00:00.000Z',
    },
  ],
  rules: [
    { id: 'a', methodId: 'app', afterMinutes: 0 },
    { id: 'b', methodId: 'mobile', afterMinutes: 2 },
    { id: 'c', methodId: 'call', afterMinutes: 5 },
  ],
  quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/London' },
};
const plan = (severity: string, exercise = false) =>
  planPageDeliveries(profile, {
    pageId: 'page-1',
    personName: 'Zofia',
    severity,
    exercise,
    now,
  }).map((d) => [d.channel, d.state, d.nextAttemptAt]);

describe('planning a page from a person’s rules', () => {
  it('follows the rules for a SEV1 even in quiet hours', () => {
    expect(plan('SEV1')).toEqual([
      ['push', 'queued', '2026-11-26T23:30:00.000Z'],
      ['sms', 'queued', '2026-11-26T23:32:00.000Z'],
      ['voice', 'queued', '2026-11-26T23:35:00.000Z'],
    ]);
  });

  it('holds all but push until quiet hours end (across midnight, in the person’s zone) below SEV1', () => {
    expect(plan('SEV2')).toEqual([
      ['push', 'queued', '2026-11-26T23:30:00.000Z'],
      ['sms', 'queued', '2026-11-27T07:00:00.000Z'],
      ['voice', 'queued', '2026-11-27T07:00:00.000Z'],
    ]);
    expect(quietHoursEnd(profile.quietHours, new Date('2026-11-26T12:00:00.000Z'))).toBeNull();
  });

  it('pages nobody for an exercise, and nobody without contact methods', () => {
    expect(plan('SEV1', true).map(([, state]) => state)).toEqual([
      'suppressed',
      'suppressed',
      'suppressed',
    ]);
    expect(
      planPageDeliveries(undefined, {
        pageId: 'p',
        personName: 'Z',
        severity: 'SEV1',
        exercise: false,
        now,
      }),
    ).toEqual([]);
  });

  it('gives every page a six-digit code every node derives alike', () => {
    expect(shortCodeFor('page-1')).toMatch(/^\d{6}$/);
    expect(shortCodeFor('page-1')).toBe(shortCodeFor('page-1'));
    expect(shortCodeFor('page-1')).not.toBe(shortCodeFor('page-2'));
  });
});
