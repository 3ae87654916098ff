import { z } from 'zod';
import {
  applyClockAction,
  formatScenarioTime,
  type ExerciseClock,
} from '../exercises/exerciseClock.ts';
import {
  clockOf,
  requireFacilitator,
  requireRunningExercise,
  updatedExercise,
} from '../exercises/exerciseRun.ts';
import type { ExerciseDoc } from '../schema/exercise.ts';
import { defineCommand, type DocumentWrite } from './command.ts';
import { conflict } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

const DECISIONS = ['paused', 'continued'] as const;

export const answerRealWorldStopInput = z
  .object({
    exerciseId: z.string().min(1).max(64),
    decision: z.enum(DECISIONS, { error: 'decision must be "paused" or "continued"' }),
  })
  .strict();

/** The clock after the answer: pausing a running clock stops scenario time; otherwise unchanged. */
function clockAfter(exercise: ExerciseDoc, decision: string, now: Date): ExerciseClock {
  const clock = clockOf(exercise);
  return decision === 'paused' && clock.state === 'running'
    ? applyClockAction(clock, 'pause', now)
    : clock;
}

/**
 * The facilitator answers a real-world stop: pause the exercise (its clock
 * stops, so scheduled injects wait) or carry on knowingly. Either way the
 * answer is recorded on the exercise, its timeline and the wall banner.
 */
export const answerRealWorldStop = defineCommand({
  name: 'answerRealWorldStop',
  summary: 'Pause an exercise for a real incident, or continue it knowingly',
  input: answerRealWorldStopInput,
  permission: 'person',
  async plan(reads, input, context) {
    const exercise = await requireRunningExercise(reads, input.exerciseId);
    requireFacilitator(exercise, context);
    const stop = exercise.realWorldStop;
    if (!stop) throw conflict(`No real incident has interrupted "${exercise.title}"`);
    const clock = clockAfter(exercise, input.decision, context.now);
    const updated = updatedExercise(
      exercise,
      {
        clock: clock as ExerciseDoc['clock'],
        realWorldStop: {
          ...stop,
          decision: input.decision,
          decidedBy: context.actor.id,
          decidedAt: context.now.toISOString(),
        },
      },
      context,
    );
    const text =
      input.decision === 'paused'
        ? `REAL-WORLD STOP — exercise paused for ${stop.reference} at scenario time ${formatScenarioTime(clock.offsetSeconds)}`
        : `Exercise continues alongside real incident ${stop.reference} (facilitator's decision)`;
    const writes: DocumentWrite[] = [
      { kind: 'exercises', document: updated },
      timelineWrite(context, exercise.incidentId, 'system', text),
    ];
    return { writes, result: updated };
  },
});
