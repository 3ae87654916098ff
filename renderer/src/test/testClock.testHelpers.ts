import type { Clock } from '../app/clock/ClockContext.tsx';

/**
 * The instant renderer tests run at unless they choose another: a Tuesday
 * morning in the payments rotation's first participant's week (the demo
 * rotations all start on 2026-01-05 and repeat every 1, 2, 3 or 4 weeks), so
 * who is on call is the same on every day the suite runs.
 */
export const TEST_NOW = Date.parse('2026-03-03T10:00:00.000Z');

export interface TestClock extends Clock {
  /** Moves the clock forward; components pick it up on their next tick. */
  advance(ms: number): void;
  /** The clock's instant as an ISO string, for documents a test builds by hand. */
  iso(offsetMs?: number): string;
}

/** A clock that stands still at `startsAt` until a test moves it. */
export function createTestClock(startsAt: number = TEST_NOW): TestClock {
  let current = startsAt;
  return {
    now: () => current,
    advance(ms) {
      current += ms;
    },
    iso: (offsetMs = 0) => new Date(current + offsetMs).toISOString(),
  };
}
