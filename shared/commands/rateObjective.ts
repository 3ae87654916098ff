import { z } from 'zod';
import { requireExercise, scenarioOf, updatedExercise } from '../exercises/exerciseRun.ts';
import { EVALUATION_RATINGS } from '../exercises/evaluation.ts';
import { defineCommand } from './command.ts';
import { invalidInput } from './errors.ts';

export const rateObjectiveInput = z
  .object({
    exerciseId: z.string().min(1).max(64),
    objectiveId: z.string().min(1).max(64),
    rating: z.enum(EVALUATION_RATINGS, {
      error: 'rating is P, S, M or U (performed without, with some, with major challenges; unable)',
    }),
    observations: z.string().trim().min(1, 'write what you observed').max(4000),
  })
  .strict();

/**
 * An evaluator rates one objective P, S, M or U with observations. One
 * rating per evaluator and objective: rating again replaces their own.
 */
export const rateObjective = defineCommand({
  name: 'rateObjective',
  summary: 'Rate an exercise objective P/S/M/U with observations',
  input: rateObjectiveInput,
  permission: 'person',
  async plan(reads, input, context) {
    const exercise = await requireExercise(reads, input.exerciseId);
    if (!scenarioOf(exercise).objectives.some((o) => o.id === input.objectiveId))
      throw invalidInput([
        { field: 'objectiveId', reason: `no objective "${input.objectiveId}" in this exercise` },
      ]);
    const evaluatorId = context.actor.id;
    const rating = {
      objectiveId: input.objectiveId,
      rating: input.rating,
      observations: input.observations,
      evaluatorId,
      ratedAt: context.now.toISOString(),
    };
    const ratings = [
      ...exercise.ratings.filter(
        (r) => !(r.objectiveId === input.objectiveId && r.evaluatorId === evaluatorId),
      ),
      rating,
    ];
    const updated = updatedExercise(exercise, { ratings }, context);
    return { writes: [{ kind: 'exercises', document: updated }], result: updated };
  },
});
