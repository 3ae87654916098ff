// Loaded before every test file by shiftedCalendar.vitest.config.ts: the
// process believes today is LANTERN_TEST_CALENDAR_AT (and time still runs
// from there), so a test that secretly reads the calendar shows up as a
// failure in some week instead of one week in four on CI.
const target = process.env.LANTERN_TEST_CALENDAR_AT;
if (!target || Number.isNaN(Date.parse(target)))
  throw new Error('Set LANTERN_TEST_CALENDAR_AT to an ISO date, e.g. 2026-05-12T08:00:00Z.');

const RealDate = Date;
const shiftMs = Date.parse(target) - RealDate.now();

class ShiftedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + shiftMs);
    else super(...(args as [string | number]));
  }

  static override now(): number {
    return RealDate.now() + shiftMs;
  }
}

globalThis.Date = ShiftedDate as DateConstructor;
