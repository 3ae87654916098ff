import { z } from 'zod';
import {
  requireExercise,
  requireFacilitator,
  scenarioOf,
  updatedExercise,
} from '../exercises/exerciseRun.ts';
import { requirePersonField } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { invalidInput } from './errors.ts';

export const EXERCISE_ROLES = ['player', 'facilitator', 'evaluator', 'observer'] as const;

export const joinExerciseInput = z
  .object({
    exerciseId: z.string().min(1).max(64),
    /** Who joins; the actor when absent (the facilitator may sign others in). */
    personId: z.string().min(1).max(64).optional(),
    exerciseRole: z.enum(EXERCISE_ROLES).default('player'),
    /** The scenario participant role a player takes. */
    playerRole: z.string().min(1).max(64).optional(),
  })
  .strict();

/** Record a person's participation (it feeds training records); joining again updates their role. */
export const joinExercise = defineCommand({
  name: 'joinExercise',
  summary: 'Record a person’s participation in an exercise and the role they play',
  input: joinExerciseInput,
  permission: 'person',
  async plan(reads, input, context) {
    const exercise = await requireExercise(reads, input.exerciseId);
    const personId = input.personId ?? context.actor.id;
    if (personId !== context.actor.id) requireFacilitator(exercise, context);
    await requirePersonField(reads, personId, 'personId');
    if (
      input.playerRole &&
      !scenarioOf(exercise).participantRoles.some((r) => r.id === input.playerRole)
    )
      throw invalidInput([
        {
          field: 'playerRole',
          reason: `no participant role "${input.playerRole}" in this scenario`,
        },
      ]);
    const previous = exercise.participants.find((p) => p.personId === personId);
    const entry = {
      personId,
      exerciseRole: input.exerciseRole,
      ...(input.playerRole ? { playerRole: input.playerRole } : {}),
      joinedAt: previous?.joinedAt ?? context.now.toISOString(),
    };
    const participants = [...exercise.participants.filter((p) => p.personId !== personId), entry];
    const updated = updatedExercise(exercise, { participants }, context);
    return { writes: [{ kind: 'exercises', document: updated }], result: updated };
  },
});
