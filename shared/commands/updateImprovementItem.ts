import { z } from 'zod';
import { requireExercise, updatedExercise } from '../exercises/exerciseRun.ts';
import { requirePersonField } from '../framework/references.ts';
import { dueDate } from './addImprovementItem.ts';
import { defineCommand } from './command.ts';
import { invalidInput } from './errors.ts';

export const IMPROVEMENT_STATUSES = ['open', 'in-progress', 'done'] as const;

export const updateImprovementItemInput = z
  .object({
    exerciseId: z.string().min(1).max(64),
    itemId: z.string().min(1).max(64),
    status: z.enum(IMPROVEMENT_STATUSES).optional(),
    ownerId: z.string().min(1).max(64).optional(),
    dueDate: dueDate.optional(),
  })
  .strict();

/** Track an Improvement Plan item: its status, a new owner or a new due date. */
export const updateImprovementItem = defineCommand({
  name: 'updateImprovementItem',
  summary: 'Update an Improvement Plan item’s status, owner or due date',
  input: updateImprovementItemInput,
  permission: 'person',
  async plan(reads, input, context) {
    const exercise = await requireExercise(reads, input.exerciseId);
    const item = exercise.improvementItems.find((i) => i.id === input.itemId);
    if (!item)
      throw invalidInput([{ field: 'itemId', reason: `no improvement item "${input.itemId}"` }]);
    if (input.ownerId) await requirePersonField(reads, input.ownerId, 'ownerId');
    const changed = {
      ...item,
      ...(input.status ? { status: input.status } : {}),
      ...(input.ownerId ? { ownerId: input.ownerId } : {}),
      ...(input.dueDate ? { dueDate: input.dueDate } : {}),
      updatedAt: context.now.toISOString(),
    };
    const improvementItems = exercise.improvementItems.map((i) => (i.id === item.id ? changed : i));
    const updated = updatedExercise(exercise, { improvementItems }, context);
    return { writes: [{ kind: 'exercises', document: updated }], result: updated };
  },
});
