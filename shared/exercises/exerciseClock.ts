import { scenarioTime } from './scenarioSchema.ts';

/**
 * The exercise clock: scenario time runs only while the clock runs. Stored as
 * the scenario seconds banked before the last start plus the wall time of
 * that start, so any node (or the same node after a restart) derives the
 * elapsed scenario time from the document alone.
 */
export const CLOCK_STATES = ['ready', 'running', 'paused', 'ended'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

export interface ExerciseClock {
  state: ClockState;
  /** Scenario seconds elapsed before `runningSince`. */
  offsetSeconds: number;
  /** Wall time the clock last started or resumed; only while running. */
  runningSince?: string;
  startedAt?: string;
  endedAt?: string;
}

export const CLOCK_ACTIONS = ['start', 'pause', 'resume', 'end'] as const;
export type ClockAction = (typeof CLOCK_ACTIONS)[number];

export const READY_CLOCK: ExerciseClock = { state: 'ready', offsetSeconds: 0 };

export class ClockTransitionError extends Error {
  override name = 'ClockTransitionError';
}

/** Whole scenario seconds elapsed at `now`. */
export function elapsedScenarioSeconds(clock: ExerciseClock, now: Date): number {
  if (clock.state !== 'running' || !clock.runningSince) return clock.offsetSeconds;
  const ranMs = Math.max(0, now.getTime() - Date.parse(clock.runningSince));
  return clock.offsetSeconds + Math.floor(ranMs / 1000);
}

const ALLOWED: Record<ClockAction, readonly ClockState[]> = {
  start: ['ready'],
  pause: ['running'],
  resume: ['paused'],
  end: ['ready', 'running', 'paused'],
};

const REFUSALS: Record<ClockAction, string> = {
  start: 'the clock has already been started; resume it if it is paused',
  pause: 'the clock is not running',
  resume: 'only a paused clock can be resumed',
  end: 'the exercise has already ended',
};

/** The clock after a facilitator's action at `now`; refuses actions that make no sense in its state. */
export function applyClockAction(
  clock: ExerciseClock,
  action: ClockAction,
  now: Date,
): ExerciseClock {
  if (!ALLOWED[action].includes(clock.state)) throw new ClockTransitionError(REFUSALS[action]);
  const at = now.toISOString();
  const banked = elapsedScenarioSeconds(clock, now);
  const { runningSince: _dropped, ...settled } = clock;
  if (action === 'start') return { ...clock, state: 'running', runningSince: at, startedAt: at };
  if (action === 'resume') return { ...clock, state: 'running', runningSince: at };
  if (action === 'pause') return { ...settled, state: 'paused', offsetSeconds: banked };
  return { ...settled, state: 'ended', offsetSeconds: banked, endedAt: at };
}

/** "0:15" or "1:30:05" as seconds. */
export function scenarioSeconds(time: string): number {
  scenarioTime.parse(time);
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  return h * 3600 + m * 60 + s;
}

/** Seconds as H:MM:SS, the way the facilitator console shows scenario time. */
export function formatScenarioTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** What the scheduler needs to know of an inject. */
export interface SchedulableInject {
  number: number;
  time: string;
  contingency: boolean;
  status: 'pending' | 'released' | 'skipped';
}

/** Scheduled injects due by now: pending, not contingencies, scenario time reached, clock running. */
export function dueInjects<I extends SchedulableInject>(
  clock: ExerciseClock,
  injects: readonly I[],
  now: Date,
): I[] {
  if (clock.state !== 'running') return [];
  const elapsed = elapsedScenarioSeconds(clock, now);
  return injects
    .filter((i) => i.status === 'pending' && !i.contingency && scenarioSeconds(i.time) <= elapsed)
    .sort((a, b) => scenarioSeconds(a.time) - scenarioSeconds(b.time) || a.number - b.number);
}

/** Wall time the next scheduled inject falls due, if the clock keeps running; undefined otherwise. */
export function nextReleaseAt(
  clock: ExerciseClock,
  injects: readonly SchedulableInject[],
  now: Date,
): Date | undefined {
  if (clock.state !== 'running') return undefined;
  const elapsed = elapsedScenarioSeconds(clock, now);
  const waiting = injects
    .filter((i) => i.status === 'pending' && !i.contingency)
    .map((i) => scenarioSeconds(i.time) - elapsed);
  if (waiting.length === 0) return undefined;
  const seconds = Math.max(0, Math.min(...waiting));
  if (seconds === 0) return now;
  // Due when the whole second is reached: wall time of runningSince + (time - offset).
  const since = Date.parse(clock.runningSince ?? now.toISOString());
  return new Date(since + (elapsed + seconds - clock.offsetSeconds) * 1000);
}
