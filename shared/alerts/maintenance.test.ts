import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MaintenanceWindowDoc } from '../schema/maintenanceWindow.ts';
import { suppressingWindow, windowActiveAt, windowMatchesAlert } from './maintenance.ts';

const base: MaintenanceWindowDoc = {
  id: 'mw-1',
  hlc: '',
  name: 'Database upgrade',
  services: ['checkout'],
  labels: [],
  startsAt: '2026-03-01T00:00:00.000Z',
  endsAt: '2026-12-31T00:00:00.000Z',
  status: 'scheduled',
  createdAt: '2026-02-01T00:00:00.000Z',
  createdBy: 'person:p-1',
};

/** Sundays 02:00–04:00 Berlin time, every week. */
const weekly: MaintenanceWindowDoc = {
  ...base,
  recurrence: {
    weekdays: [0],
    startTime: '02:00',
    durationMinutes: 120,
    timeZone: 'Europe/Berlin',
  },
};

const at = (iso: string) => new Date(iso);

describe('maintenance window matching', () => {
  it('matches on service and on every listed label', () => {
    const window = { services: ['checkout'], labels: [{ name: 'env', value: 'prod' }] };
    expect(windowMatchesAlert(window, { service: 'checkout', labels: { env: 'prod' } })).toBe(true);
    expect(windowMatchesAlert(window, { service: 'checkout', labels: { env: 'stage' } })).toBe(
      false,
    );
    expect(windowMatchesAlert(window, { service: 'search', labels: { env: 'prod' } })).toBe(false);
    expect(windowMatchesAlert(window, { labels: { env: 'prod' } })).toBe(false);
    const labelsOnly = { services: [], labels: [{ name: 'team', value: 'db' }] };
    expect(windowMatchesAlert(labelsOnly, { service: 'x', labels: { team: 'db' } })).toBe(true);
  });

  it('a window without matchers matches no alert (it would silence everything)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: undefined }),
        fc.dictionary(fc.string(), fc.string()),
        (service, labels) => !windowMatchesAlert({ services: [], labels: [] }, { service, labels }),
      ),
    );
  });

  it('a one-off window is active from its start up to (not including) its end', () => {
    const window = {
      ...base,
      startsAt: '2026-06-01T10:00:00.000Z',
      endsAt: '2026-06-01T12:00:00.000Z',
    };
    expect(windowActiveAt(window, at('2026-06-01T09:59:59.999Z'))).toBe(false);
    expect(windowActiveAt(window, at('2026-06-01T10:00:00.000Z'))).toBe(true);
    expect(windowActiveAt(window, at('2026-06-01T11:59:59.999Z'))).toBe(true);
    expect(windowActiveAt(window, at('2026-06-01T12:00:00.000Z'))).toBe(false);
  });

  it('ended early: active before the end, never from it on', () => {
    const ended = { ...base, status: 'endedEarly' as const, endedAt: '2026-06-01T10:30:00.000Z' };
    expect(windowActiveAt(ended, at('2026-06-01T10:29:00.000Z'))).toBe(true);
    expect(windowActiveAt(ended, at('2026-06-01T10:30:00.000Z'))).toBe(false);
    expect(windowActiveAt(ended, at('2026-07-01T10:00:00.000Z'))).toBe(false);
  });

  it('a weekly window keeps its local time across DST (02:00 Berlin is 01:00Z in winter, 00:00Z in summer)', () => {
    // Sunday 2026-03-22, CET (+01:00).
    expect(windowActiveAt(weekly, at('2026-03-22T00:59:00.000Z'))).toBe(false);
    expect(windowActiveAt(weekly, at('2026-03-22T01:00:00.000Z'))).toBe(true);
    expect(windowActiveAt(weekly, at('2026-03-22T02:59:00.000Z'))).toBe(true);
    expect(windowActiveAt(weekly, at('2026-03-22T03:00:00.000Z'))).toBe(false);
    // Sunday 2026-04-05, CEST (+02:00).
    expect(windowActiveAt(weekly, at('2026-04-04T23:59:00.000Z'))).toBe(false);
    expect(windowActiveAt(weekly, at('2026-04-05T00:00:00.000Z'))).toBe(true);
    expect(windowActiveAt(weekly, at('2026-04-05T01:59:00.000Z'))).toBe(true);
    expect(windowActiveAt(weekly, at('2026-04-05T02:00:00.000Z'))).toBe(false);
    // Not on a Monday.
    expect(windowActiveAt(weekly, at('2026-04-06T00:30:00.000Z'))).toBe(false);
  });

  it('on the spring-forward night 02:00 does not exist: the window starts at 03:00 CEST and lasts its two hours', () => {
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST (01:00Z).
    expect(windowActiveAt(weekly, at('2026-03-29T00:59:00.000Z'))).toBe(false);
    expect(windowActiveAt(weekly, at('2026-03-29T01:00:00.000Z'))).toBe(true);
    expect(windowActiveAt(weekly, at('2026-03-29T02:59:00.000Z'))).toBe(true);
    expect(windowActiveAt(weekly, at('2026-03-29T03:00:00.000Z'))).toBe(false);
  });

  it('on the fall-back night an overnight window lasts its elapsed duration, starting at the first 02:00', () => {
    // 2026-10-25: 03:00 CEST falls back to 02:00 CET; the first 02:00 is 00:00Z.
    expect(windowActiveAt(weekly, at('2026-10-24T23:59:00.000Z'))).toBe(false);
    expect(windowActiveAt(weekly, at('2026-10-25T00:00:00.000Z'))).toBe(true);
    expect(windowActiveAt(weekly, at('2026-10-25T01:59:00.000Z'))).toBe(true);
    expect(windowActiveAt(weekly, at('2026-10-25T02:00:00.000Z'))).toBe(false);
  });

  it('an occurrence that runs past midnight still covers the next day', () => {
    const overnight: MaintenanceWindowDoc = {
      ...base,
      recurrence: {
        weekdays: [6],
        startTime: '22:00',
        durationMinutes: 360,
        timeZone: 'America/New_York',
      },
    };
    // Saturday 2026-11-07 22:00 EST is 03:00Z Sunday; it runs to 09:00Z.
    expect(windowActiveAt(overnight, at('2026-11-08T02:59:00.000Z'))).toBe(false);
    expect(windowActiveAt(overnight, at('2026-11-08T08:59:00.000Z'))).toBe(true);
    expect(windowActiveAt(overnight, at('2026-11-08T09:00:00.000Z'))).toBe(false);
  });

  it('a weekly series is bounded by its start and end', () => {
    const bounded = {
      ...weekly,
      startsAt: '2026-04-01T00:00:00.000Z',
      endsAt: '2026-04-10T00:00:00.000Z',
    };
    expect(windowActiveAt(bounded, at('2026-03-22T01:30:00.000Z'))).toBe(false);
    expect(windowActiveAt(bounded, at('2026-04-05T00:30:00.000Z'))).toBe(true);
    expect(windowActiveAt(bounded, at('2026-04-12T00:30:00.000Z'))).toBe(false);
  });

  it('the suppressing window is an active one that matches', () => {
    const other = { ...base, id: 'mw-0', services: ['search'] };
    const inactive = { ...base, id: 'mw-00', endsAt: '2026-03-02T00:00:00.000Z' };
    const found = suppressingWindow(
      [other, inactive, base],
      { service: 'checkout', labels: {} },
      at('2026-06-01T00:00:00.000Z'),
    );
    expect(found?.id).toBe('mw-1');
    expect(
      suppressingWindow(
        [other],
        { service: 'checkout', labels: {} },
        at('2026-06-01T00:00:00.000Z'),
      ),
    ).toBeUndefined();
  });
});
