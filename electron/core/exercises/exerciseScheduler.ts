import type { Actor } from '../../../shared/commands/command.ts';
import { dueInjects, nextReleaseAt } from '../../../shared/exercises/exerciseClock.ts';
import { clockOf, runInjects } from '../../../shared/exercises/exerciseRun.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { ExerciseDoc } from '../../../shared/schema/exercise.ts';
import type { ExecuteCommand } from '../notifications/nodeEvents.ts';
import type { ScheduledJob } from '../scheduler/scheduler.ts';
import { systemClock, type SchedulerClock } from '../scheduler/schedulerClock.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export const EXERCISE_SCHEDULER_ACTOR: Actor = { kind: 'system', id: 'exercise-scheduler' };

export interface ExerciseJobOptions {
  database: LanternDatabase;
  /** The node's execute: every release is a command, never a direct write. */
  execute: ExecuteCommand;
  /** Only exercises started on this node are scheduled here, so peers never release twice. */
  nodeId: string;
  clock?: SchedulerClock;
  log?: (message: string) => void;
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
 * Releases scheduled injects at their scenario time: wakes for the
 * earliest due inject of this node's running exercises, and whenever an
 * exercise changes (paused, resumed, an inject released by hand). The
 * clock lives in the document, so after a restart the first pass releases
 * whatever fell due while the node was down, each exactly once.
 */
export function exerciseJob(options: ExerciseJobOptions): ScheduledJob {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  const retryAfterMs = options.retryAfterMs ?? 30_000;
  const failedUntil = new Map<string, number>();

  async function runningExercises(): Promise<ExerciseDoc[]> {
    const docs = await kindStore(options.database).find('exercises', {
      selector: { schedulerNodeId: options.nodeId },
    });
    return docs.filter((e) => e.clock.state === 'running');
  }

  async function releaseDue(exercise: ExerciseDoc, running: () => boolean): Promise<void> {
    const now = clock.now();
    for (const inject of dueInjects(clockOf(exercise), schedulable(exercise), now)) {
      if (!running()) return;
      const key = `${exercise.id}#${inject.number}`;
      if ((failedUntil.get(key) ?? 0) > now.getTime()) continue;
      try {
        await options.execute(
          'releaseInject',
          { exerciseId: exercise.id, number: inject.number, mode: 'schedule' },
          EXERCISE_SCHEDULER_ACTOR,
        );
        failedUntil.delete(key);
      } catch (error) {
        failedUntil.set(key, now.getTime() + retryAfterMs);
        log(
          `exercise scheduler: could not release inject ${inject.number} of exercise ${exercise.id}: ${(error as Error).message}`,
        );
      }
    }
  }

  async function nextWakeAt(): Promise<number | undefined> {
    const now = clock.now();
    const waiting = (exercise: ExerciseDoc) =>
      schedulable(exercise).filter((i) => !failedUntil.has(`${exercise.id}#${i.number}`));
    const wakeTimes = (await runningExercises()).flatMap((exercise) => {
      const at = nextReleaseAt(clockOf(exercise), waiting(exercise), now);
      return at ? [at.getTime()] : [];
    });
    const retries = [...failedUntil.values()].filter((t) => t > now.getTime());
    const next = Math.min(...wakeTimes, ...retries);
    return Number.isFinite(next) ? next : undefined;
  }

  return {
    name: 'exercise scheduler',
    wakeOn: ['exercises'],
    async pass(running) {
      for (const exercise of await runningExercises()) await releaseDue(exercise, running);
      return running() ? nextWakeAt() : undefined;
    },
  };
}
