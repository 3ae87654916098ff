import { z } from 'zod';
import { elapsedScenarioSeconds, scenarioSeconds } from '../exercises/exerciseClock.ts';
import {
  clockOf,
  requireFacilitator,
  requireRunInject,
  requireRunningExercise,
  scenarioOf,
  updatedExercise,
  withInjectState,
} from '../exercises/exerciseRun.ts';
import { injectTimelineText } from '../exercises/injectText.ts';
import { defineCommand } from './command.ts';
import { conflict, forbidden } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const releaseInjectInput = z
  .object({
    exerciseId: z.string().min(1).max(64),
    number: z.number().int().min(1).max(9999),
    /** `schedule` is the node's own release at the inject's scenario time. */
    mode: z.enum(['hand', 'schedule']).default('hand'),
  })
  .strict();

/**
 * Release an inject: it goes on the exercise incident's timeline addressed
 * to its role. Never twice. A scheduled release happens only while the
 * clock runs and once the inject's scenario time is reached; the
 * facilitator may release any pending inject by hand, even while paused.
 */
export const releaseInject = defineCommand({
  name: 'releaseInject',
  summary: 'Release an exercise inject onto the exercise incident’s timeline',
  input: releaseInjectInput,
  permission: 'person',
  async plan(reads, input, context) {
    const exercise = await requireRunningExercise(reads, input.exerciseId);
    requireFacilitator(exercise, context);
    if (input.mode === 'schedule' && context.actor.kind !== 'system')
      throw forbidden('Scheduled releases are made by the node; release by hand instead');
    const incident = await reads.get('incidents', exercise.incidentId);
    if (!incident || incident.status === 'closed')
      throw conflict(
        'The exercise incident is closed; end the exercise instead of releasing more injects',
      );
    const inject = requireRunInject(exercise, input.number);
    if (inject.state.status !== 'pending')
      throw conflict(`Inject ${input.number} was already ${inject.state.status}`);
    const clock = clockOf(exercise);
    const seconds = elapsedScenarioSeconds(clock, context.now);
    if (input.mode === 'schedule') {
      if (clock.state !== 'running')
        throw conflict(`The exercise clock is ${clock.state}; scheduled injects wait`);
      if (inject.contingency)
        throw conflict(`Inject ${input.number} is a contingency: release it by hand`);
      if (scenarioSeconds(inject.time) > seconds)
        throw conflict(`Inject ${input.number} is not due until scenario time ${inject.time}`);
    }
    const entry = timelineWrite(
      context,
      exercise.incidentId,
      'system',
      injectTimelineText(scenarioOf(exercise), inject, seconds),
      { starred: true },
    );
    const state = {
      number: inject.number,
      status: 'released' as const,
      releasedAt: context.now.toISOString(),
      releasedBy: context.actor.id,
      releaseMode: input.mode,
      scenarioSeconds: seconds,
      timelineEntryId: entry.document.id,
    };
    const updated = updatedExercise(
      exercise,
      { injects: withInjectState(exercise, state) },
      context,
    );
    return { writes: [{ kind: 'exercises', document: updated }, entry], result: updated };
  },
});
