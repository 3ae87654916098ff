import { z } from 'zod';
import { requireExercise, updatedExercise } from '../exercises/exerciseRun.ts';
import { defineCommand } from './command.ts';

export const HOT_WASH_KINDS = ['strength', 'improvement', 'note'] as const;

export const addHotWashNoteInput = z
  .object({
    exerciseId: z.string().min(1).max(64),
    kind: z.enum(HOT_WASH_KINDS, { error: 'kind is strength, improvement or note' }),
    text: z.string().trim().min(1, 'write the note').max(4000),
  })
  .strict();

/** Capture what players and evaluators say in the hot wash, straight after play. */
export const addHotWashNote = defineCommand({
  name: 'addHotWashNote',
  summary: 'Capture a hot-wash note (strength, area for improvement, or note)',
  input: addHotWashNoteInput,
  permission: 'person',
  async plan(reads, input, context) {
    const exercise = await requireExercise(reads, input.exerciseId);
    const note = {
      id: context.newId('hw'),
      kind: input.kind,
      text: input.text,
      authorId: context.actor.id,
      at: context.now.toISOString(),
    };
    const updated = updatedExercise(exercise, { hotWash: [...exercise.hotWash, note] }, context);
    return { writes: [{ kind: 'exercises', document: updated }], result: updated };
  },
});
