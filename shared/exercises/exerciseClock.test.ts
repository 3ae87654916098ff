import { describe, expect, it } from 'vitest';
import {
  applyClockAction,
  ClockTransitionError,
  dueInjects,
  elapsedScenarioSeconds,
  formatScenarioTime,
  nextReleaseAt,
  READY_CLOCK,
  scenarioSeconds,
  type ExerciseClock,
  type SchedulableInject,
} from './exerciseClock.ts';

const T0 = Date.parse('2026-11-26T10:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const injects: SchedulableInject[] = [
  { number: 1, time: '0:00', contingency: false, status: 'pending' },
  { number: 2, time: '0:05', contingency: false, status: 'pending' },
  { number: 3, time: '0:10', contingency: false, status: 'pending' },
  { number: 9, time: '0:02', contingency: true, status: 'pending' },
];

describe('exercise clock', () => {
  it('runs scenario time only while running: pause banks it, resume continues from it', () => {
    let clock: ExerciseClock = applyClockAction(READY_CLOCK, 'start', at(0));
    expect(elapsedScenarioSeconds(clock, at(90))).toBe(90);
    clock = applyClockAction(clock, 'pause', at(120));
    expect(clock).toMatchObject({ state: 'paused', offsetSeconds: 120 });
    expect(clock.runningSince).toBeUndefined();
    // Ten minutes of coffee: scenario time stands still.
    expect(elapsedScenarioSeconds(clock, at(720))).toBe(120);
    clock = applyClockAction(clock, 'resume', at(720));
    expect(elapsedScenarioSeconds(clock, at(750))).toBe(150);
    clock = applyClockAction(clock, 'end', at(800));
    expect(clock).toMatchObject({
      state: 'ended',
      offsetSeconds: 200,
      endedAt: at(800).toISOString(),
    });
    expect(elapsedScenarioSeconds(clock, at(5000))).toBe(200);
  });

  it('refuses actions that make no sense in the state it is in', () => {
    expect(() => applyClockAction(READY_CLOCK, 'pause', at(0))).toThrow(ClockTransitionError);
    expect(() => applyClockAction(READY_CLOCK, 'resume', at(0))).toThrow(/only a paused clock/);
    const running = applyClockAction(READY_CLOCK, 'start', at(0));
    expect(() => applyClockAction(running, 'start', at(1))).toThrow(/already been started/);
    const ended = applyClockAction(running, 'end', at(2));
    expect(() => applyClockAction(ended, 'end', at(3))).toThrow(/already ended/);
  });

  it('is derived from the stored document alone, so a restarted node gets the same time', () => {
    const running = applyClockAction(READY_CLOCK, 'start', at(0));
    const reloaded = JSON.parse(JSON.stringify(running)) as ExerciseClock;
    expect(elapsedScenarioSeconds(reloaded, at(301))).toBe(301);
  });

  it('parses and prints scenario time', () => {
    expect(scenarioSeconds('0:15')).toBe(900);
    expect(scenarioSeconds('1:30:05')).toBe(5405);
    expect(() => scenarioSeconds('15')).toThrow();
    expect(formatScenarioTime(5405)).toBe('1:30:05');
    expect(formatScenarioTime(0)).toBe('0:00:00');
  });
});

describe('scheduled injects', () => {
  it('fall due at their scenario time while running, contingencies never', () => {
    const clock = applyClockAction(READY_CLOCK, 'start', at(0));
    expect(dueInjects(clock, injects, at(0)).map((i) => i.number)).toEqual([1]);
    expect(dueInjects(clock, injects, at(299)).map((i) => i.number)).toEqual([1]);
    expect(dueInjects(clock, injects, at(300)).map((i) => i.number)).toEqual([1, 2]);
    expect(dueInjects(clock, injects, at(3600)).map((i) => i.number)).toEqual([1, 2, 3]);
  });

  it('never fall due while paused, and not twice', () => {
    const running = applyClockAction(READY_CLOCK, 'start', at(0));
    const paused = applyClockAction(running, 'pause', at(200));
    expect(dueInjects(paused, injects, at(10_000))).toEqual([]);
    expect(nextReleaseAt(paused, injects, at(10_000))).toBeUndefined();
    const released = injects.map((i) =>
      i.number <= 2 ? { ...i, status: 'released' as const } : i,
    );
    const resumed = applyClockAction(paused, 'resume', at(1000));
    // 200 banked + 399 since resuming = 599: inject 3 (at 600) waits one more second.
    expect(dueInjects(resumed, released, at(1399)).map((i) => i.number)).toEqual([]);
    expect(dueInjects(resumed, released, at(1400)).map((i) => i.number)).toEqual([3]);
  });

  it('know the wall time the next one falls due, shifted by the pause', () => {
    const running = applyClockAction(READY_CLOCK, 'start', at(0));
    const pending = injects.filter((i) => i.number !== 1);
    expect(nextReleaseAt(running, pending, at(10))).toEqual(at(300));
    const paused = applyClockAction(running, 'pause', at(100));
    const resumed = applyClockAction(paused, 'resume', at(1000));
    // 200 scenario seconds still to go after resuming at wall second 1000.
    expect(nextReleaseAt(resumed, pending, at(1000))).toEqual(at(1200));
    expect(nextReleaseAt(resumed, [], at(1000))).toBeUndefined();
  });
});
