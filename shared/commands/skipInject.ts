import { z } from 'zod';
import {
  requireFacilitator,
  requireRunInject,
  requireRunningExercise,
  scenarioSecondsNow,
  updatedExercise,
  withInjectState,
} from '../exercises/exerciseRun.ts';
import { defineCommand } from './command.ts';
import { conflict } from './errors.ts';

export const skipInjectInput = z
  .object({
    exerciseId: z.string().min(1).max(64),
    number: z.number().int().min(1).max(9999),
    reason: z.string().trim().max(2000).default(''),
  })
  .strict();

/** Skip an inject (players already covered it, or time is short); it will not be released. */
export const skipInject = defineCommand({
  name: 'skipInject',
  summary: 'Skip an exercise inject so it is never released',
  input: skipInjectInput,
  permission: 'person',
  async plan(reads, input, context) {
    const exercise = await requireRunningExercise(reads, input.exerciseId);
    requireFacilitator(exercise, context);
    const inject = requireRunInject(exercise, input.number);
    if (inject.state.status !== 'pending')
      throw conflict(`Inject ${input.number} was already ${inject.state.status}`);
    const state = {
      number: inject.number,
      status: 'skipped' as const,
      skippedAt: context.now.toISOString(),
      scenarioSeconds: scenarioSecondsNow(exercise, context.now),
      ...(input.reason ? { skipReason: input.reason } : {}),
    };
    const updated = updatedExercise(
      exercise,
      { injects: withInjectState(exercise, state) },
      context,
    );
    return { writes: [{ kind: 'exercises', document: updated }], result: updated };
  },
});
