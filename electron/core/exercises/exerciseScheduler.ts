import type { Subscription } from 'rxjs';
import type { Actor } from '../../../shared/commands/command.ts';
import { dueInjects, nextReleaseAt } from '../../../shared/exercises/exerciseClock.ts';
import { clockOf, runInjects } from '../../../shared/exercises/exerciseRun.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { ExerciseDoc } from '../../../shared/schema/exercise.ts';
import type { ExecuteCommand } from '../notifications/nodeEvents.ts';
import { PassLoop } from '../scheduler/passLoop.ts';
import { systemClock, type SchedulerClock } from '../scheduler/schedulerClock.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export const EXERCISE_SCHEDULER_ACTOR: Actor = { kind: 'system', id: 'exercise-scheduler' };

export interface ExerciseSchedulerOptions {
  database: LanternDatabase;
  /** The node's execute: every release is a command, never a direct write. */
  execute: ExecuteCommand;
  /** Only exercises started on this node are scheduled here, so peers never release twice. */
  nodeId: string;
  clock?: SchedulerClock;
  log?: (message: string) => void;
  /** Longest single wait, so a laptop waking from sleep or a clock change is noticed soon. */
  maxWaitMs?: number;
  retryAfterMs?: number;
}

function schedulable(exercise: ExerciseDoc) {
  return runInjects(exercise).map((inject) => ({
    number: inject.number,
    time: inject.time,
    contingency: inject.contingency,
    status: inject.state.status,
  }));
}

/**
 * Releases scheduled injects at their scenario time: one timer for the
 * earliest due inject of this node's running exercises, re-armed whenever
 * an exercise changes (paused, resumed, an inject released by hand). The
 * clock lives in the document, so after a restart the first pass releases
 * whatever fell due while the node was down, each exactly once.
 */
export class ExerciseScheduler {
  private readonly options: Required<Omit<ExerciseSchedulerOptions, 'clock'>> & {
    clock: SchedulerClock;
  };
  private readonly loop: PassLoop;
  private subscription: Subscription | undefined;
  private readonly failedUntil = new Map<string, number>();

  constructor(options: ExerciseSchedulerOptions) {
    this.options = {
      clock: systemClock,
      log: () => undefined,
      maxWaitMs: 60_000,
      retryAfterMs: 30_000,
      ...options,
    };
    this.loop = new PassLoop({
      pass: () => this.runPass(),
      clock: this.options.clock,
      maxWaitMs: this.options.maxWaitMs,
      log: (message) => this.options.log(`exercise scheduler: ${message}`),
    });
  }

  async start(): Promise<void> {
    if (this.loop.running) return;
    this.subscription = kindStore(this.options.database)
      .changes$('exercises')
      .subscribe(() => this.loop.wake());
    this.loop.start();
    await this.loop.idle();
  }

  async stop(): Promise<void> {
    this.subscription?.unsubscribe();
    await this.loop.stop();
  }

  /** Resolves once no pass is running or queued (tests wait on this instead of on time). */
  idle(): Promise<void> {
    return this.loop.idle();
  }

  /** Release what is due; the next wake-up is the earliest inject still to release. */
  private async runPass(): Promise<number | undefined> {
    const exercises = await this.runningExercises();
    for (const exercise of exercises) await this.releaseDue(exercise);
    return this.loop.running ? this.nextWakeAt() : undefined;
  }

  private async runningExercises(): Promise<ExerciseDoc[]> {
    const docs = await kindStore(this.options.database).find('exercises', {
      selector: { schedulerNodeId: this.options.nodeId },
    });
    return docs.filter((e) => e.clock.state === 'running');
  }

  private async releaseDue(exercise: ExerciseDoc): Promise<void> {
    const now = this.options.clock.now();
    for (const inject of dueInjects(clockOf(exercise), schedulable(exercise), now)) {
      if (!this.loop.running) return;
      const key = `${exercise.id}#${inject.number}`;
      if ((this.failedUntil.get(key) ?? 0) > now.getTime()) continue;
      try {
        await this.options.execute(
          'releaseInject',
          { exerciseId: exercise.id, number: inject.number, mode: 'schedule' },
          EXERCISE_SCHEDULER_ACTOR,
        );
        this.failedUntil.delete(key);
      } catch (error) {
        this.failedUntil.set(key, now.getTime() + this.options.retryAfterMs);
        this.options.log(
          `could not release inject ${inject.number} of exercise ${exercise.id}: ${(error as Error).message}`,
        );
      }
    }
  }

  private async nextWakeAt(): Promise<number | undefined> {
    const now = this.options.clock.now();
    const waiting = (exercise: ExerciseDoc) =>
      schedulable(exercise).filter((i) => !this.failedUntil.has(`${exercise.id}#${i.number}`));
    const wakeTimes = (await this.runningExercises()).flatMap((exercise) => {
      const at = nextReleaseAt(clockOf(exercise), waiting(exercise), now);
      return at ? [at.getTime()] : [];
    });
    const retries = [...this.failedUntil.values()].filter((t) => t > now.getTime());
    const next = Math.min(...wakeTimes, ...retries);
    return Number.isFinite(next) ? next : undefined;
  }
}
