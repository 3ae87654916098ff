import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatInBothZones,
  formatTime,
  isoToZonedInput,
  NO_TIME,
  resolveTimeZone,
  zoneLabel,
  zonedInputToIso,
} from './displayTime.ts';

const AT = '2026-12-03T14:05:09.000Z';

describe('display time', () => {
  it('formats one date format with the zone label, in UTC and in New York', () => {
    expect(formatDateTime(AT, 'UTC')).toBe('2026-12-03 14:05 UTC');
    expect(formatTime(AT, 'UTC')).toBe('14:05 UTC');
    expect(formatTime(AT, 'America/New_York')).toBe('09:05 EST');
    expect(formatDateTime('2026-07-03T14:05:00Z', 'America/New_York')).toBe('2026-07-03 10:05 EDT');
  });

  it('uses the date in the zone shown, not the UTC date', () => {
    expect(formatDate('2026-12-04T02:00:00Z', 'America/New_York')).toBe('2026-12-03');
  });

  it('shows a dash for a missing or unreadable time instead of "Invalid Date"', () => {
    expect(formatTime('', 'UTC')).toBe(NO_TIME);
    expect(formatDateTime('not a time', 'UTC')).toBe(NO_TIME);
  });

  it('lets a person override the workspace, and defaults to UTC', () => {
    expect(resolveTimeZone(undefined, undefined, 'America/New_York')).toBe('UTC');
    expect(resolveTimeZone('local', undefined, 'America/New_York')).toBe('America/New_York');
    expect(resolveTimeZone('local', 'utc', 'America/New_York')).toBe('UTC');
    expect(resolveTimeZone('utc', 'local', 'Europe/Berlin')).toBe('Europe/Berlin');
  });

  it('gives the source zone and the viewer’s when they differ', () => {
    expect(formatInBothZones(AT, 'Europe/Berlin', 'America/New_York')).toBe(
      'Thu 2026-12-03 15:05 GMT+1 (09:05 EST)',
    );
    expect(formatInBothZones(AT, 'UTC', 'Etc/UTC')).toBe('Thu 2026-12-03 14:05 UTC');
    expect(zoneLabel('UTC', new Date(AT))).toBe('UTC');
  });

  it('reads a typed date and time in the zone the person sees, and back', () => {
    expect(zonedInputToIso('2026-12-03T09:05', 'America/New_York')).toBe(
      '2026-12-03T14:05:00.000Z',
    );
    expect(zonedInputToIso('2026-12-03T09:05', 'UTC')).toBe('2026-12-03T09:05:00.000Z');
    expect(zonedInputToIso('yesterday', 'UTC')).toBeUndefined();
    expect(isoToZonedInput(AT, 'America/New_York')).toBe('2026-12-03T09:05');
  });
});
