import { describe, expect, it } from 'vitest';
import { nextHandoff, shiftsBetween } from './schedule.ts';
import { dailyRotation, followTheSun, layeredRotation } from './testRotations.ts';
import { whoIsOnCall } from './whoIsOnCall.ts';
import { toWallClock } from './zonedTime.ts';

const HOUR = 3_600_000;
const YEAR_START = Date.parse('2026-03-01T12:00:00Z');

/** A small deterministic generator, so a failure names the seed that reproduces it. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

const rotations = [
  ['daily Europe/London', dailyRotation('Europe/London')],
  ['daily America/New_York', dailyRotation('America/New_York')],
  ['daily Australia/Sydney', dailyRotation('Australia/Sydney')],
  ['12-hour Europe/London', followTheSun('Europe/London')],
  ['layered with business hours', layeredRotation],
] as const;

describe('schedule, who-is-on-call and next handoff agree', () => {
  it.each(rotations)('%s, over a year of random moments', (_label, rotation) => {
    const random = lcg(7);
    for (let sample = 0; sample < 60; sample++) {
      const at = new Date(
        YEAR_START + Math.floor(random() * 300 * 24) * HOUR + Math.floor(random() * 60) * 60_000,
      );
      const shifts = shiftsBetween(
        rotation,
        new Date(at.getTime() - 8 * 24 * HOUR),
        new Date(at.getTime() + 8 * 24 * HOUR),
      );
      const containing = shifts.find((s) => s.start <= at && at < s.end);
      expect(whoIsOnCall(rotation, at)?.personId).toBe(containing?.personId);
      const handoff = nextHandoff(rotation, at);
      const following = shifts.find((s) => s.start > at && s.personId !== containing?.personId);
      expect(handoff?.at.getTime()).toBe(
        following
          ? Math.min(following.start.getTime(), containing?.end.getTime() ?? Infinity)
          : undefined,
      );
    }
  });

  it.each(['Europe/London', 'America/New_York', 'Australia/Sydney'])(
    'every daily handoff in %s over a year is at 09:00 local',
    (zone) => {
      const shifts = shiftsBetween(
        dailyRotation(zone),
        new Date('2026-03-02T00:00Z'),
        new Date('2027-03-01T00:00Z'),
      );
      const clocks = new Set(
        shifts
          .slice(1)
          .map((s) => new Date(toWallClock(s.start.getTime(), zone)).toISOString().slice(11, 16)),
      );
      expect([...clocks]).toEqual(['09:00']);
      const lengths = new Set(
        shifts.slice(1, -1).map((s) => (s.end.getTime() - s.start.getTime()) / HOUR),
      );
      expect([...lengths].sort()).toEqual([23, 24, 25]);
    },
  );
});
