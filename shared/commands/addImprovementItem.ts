import { z } from 'zod';
import { requireExercise, scenarioOf, updatedExercise } from '../exercises/exerciseRun.ts';
import { requirePersonField } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { invalidInput } from './errors.ts';

export const dueDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'due date is a calendar date, YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a real date');

export const addImprovementItemInput = z
  .object({
    exerciseId: z.string().min(1).max(64),
    title: z.string().trim().min(1, 'say what is to be improved').max(500),
    objectiveId: z.string().min(1).max(64).optional(),
    ownerId: z.string().min(1).max(64),
    dueDate,
  })
  .strict();

/** Add an item to the exercise's Improvement Plan, with an owner and a due date. */
export const addImprovementItem = defineCommand({
  name: 'addImprovementItem',
  summary: 'Add an Improvement Plan item (owner, due date) to an exercise',
  input: addImprovementItemInput,
  permission: 'person',
  async plan(reads, input, context) {
    const exercise = await requireExercise(reads, input.exerciseId);
    await requirePersonField(reads, input.ownerId, 'ownerId');
    if (
      input.objectiveId &&
      !scenarioOf(exercise).objectives.some((o) => o.id === input.objectiveId)
    )
      throw invalidInput([
        { field: 'objectiveId', reason: `no objective "${input.objectiveId}" in this exercise` },
      ]);
    const at = context.now.toISOString();
    const item = {
      id: context.newId('ip'),
      title: input.title,
      ...(input.objectiveId ? { objectiveId: input.objectiveId } : {}),
      ownerId: input.ownerId,
      dueDate: input.dueDate,
      status: 'open' as const,
      createdAt: at,
      updatedAt: at,
    };
    const updated = updatedExercise(
      exercise,
      { improvementItems: [...exercise.improvementItems, item] },
      context,
    );
    return { writes: [{ kind: 'exercises', document: updated }], result: updated };
  },
});
