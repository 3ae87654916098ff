import { z } from 'zod';
import { ACTIVE_STATUSES, type IncidentStatus } from '../domain/incident.ts';
import {
  applyClockAction,
  CLOCK_ACTIONS,
  ClockTransitionError,
  formatScenarioTime,
  type ExerciseClock,
} from '../exercises/exerciseClock.ts';
import {
  clockOf,
  requireExercise,
  requireFacilitator,
  updatedExercise,
} from '../exercises/exerciseRun.ts';
import { updatedIncident } from '../framework/incidentUpdate.ts';
import type { ExerciseDoc } from '../schema/exercise.ts';
import { defineCommand, type DocumentWrite } from './command.ts';
import { conflict } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const controlExerciseClockInput = z
  .object({
    exerciseId: z.string().min(1).max(64),
    action: z.enum(CLOCK_ACTIONS, { error: `action must be one of ${CLOCK_ACTIONS.join(', ')}` }),
  })
  .strict();

const SAID: Record<(typeof CLOCK_ACTIONS)[number], string> = {
  start: 'STARTEX — exercise clock started',
  pause: 'Exercise clock paused',
  resume: 'Exercise clock resumed',
  end: 'ENDEX — exercise ended',
};

/**
 * Start, pause, resume or end the exercise clock. Scenario time runs only
 * while the clock runs; scheduled injects wait while it is paused. Ending
 * the exercise resolves the exercise incident so it leaves the active lists.
 */
export const controlExerciseClock = defineCommand({
  name: 'controlExerciseClock',
  summary: 'Start, pause, resume or end a tabletop exercise’s clock',
  input: controlExerciseClockInput,
  permission: 'person',
  async plan(reads, input, context) {
    const exercise = await requireExercise(reads, input.exerciseId);
    requireFacilitator(exercise, context);
    let clock: ExerciseClock;
    try {
      clock = applyClockAction(clockOf(exercise), input.action, context.now);
    } catch (error) {
      if (error instanceof ClockTransitionError)
        throw conflict(`Cannot ${input.action} "${exercise.title}": ${error.message}`);
      throw error;
    }
    const updated = updatedExercise(exercise, { clock: clock as ExerciseDoc['clock'] }, context);
    const text = `${SAID[input.action]} at scenario time ${formatScenarioTime(clock.offsetSeconds)}`;
    const writes: DocumentWrite[] = [
      { kind: 'exercises', document: updated },
      timelineWrite(context, exercise.incidentId, 'system', text),
    ];
    const incident = await reads.get('incidents', exercise.incidentId);
    if (
      input.action === 'end' &&
      incident &&
      ACTIVE_STATUSES.includes(incident.status as IncidentStatus)
    ) {
      const at = context.now.toISOString();
      writes.push({
        kind: 'incidents',
        document: updatedIncident(incident, { status: 'resolved', resolvedAt: at }, context),
      });
      writes.push(
        timelineWrite(context, incident.id, 'system', 'Status: resolved — the exercise has ended'),
      );
    }
    return { writes, result: updated };
  },
});
