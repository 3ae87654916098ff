import { z } from 'zod';
import {
  parseExerciseScenario,
  scenarioInject,
  type ExerciseScenario,
} from '../exercises/scenarioSchema.ts';
import { FrameworkDefinitionError } from '../framework/errors.ts';
import { storedDefinition } from '../framework/frameworkReads.ts';
import type { FrameworkDoc } from '../schema/framework.ts';
import { defineCommand, type CommandContext, type CommandReads } from './command.ts';
import { invalidInput, notFound } from './errors.ts';
import { scenarioDocumentId } from './startExercise.ts';

export const saveScenarioInjectInput = z
  .object({
    scenarioId: z.string().min(1).max(64),
    /** The inject's number before the edit; absent to add a new inject. */
    number: z.number().int().min(1).max(999).optional(),
    inject: scenarioInject,
  })
  .strict();

export async function requireScenario(
  reads: CommandReads,
  scenarioId: string,
): Promise<{ doc: FrameworkDoc; scenario: ExerciseScenario }> {
  const doc = await reads.get('frameworks', scenarioDocumentId(scenarioId));
  if (doc?.kind !== 'exerciseScenario') throw notFound('scenario', scenarioId);
  return { doc, scenario: storedDefinition('exerciseScenario', doc) };
}

/** The scenario re-checked as a whole (references, duplicates) and stored; bad edits change nothing. */
export function revisedScenario(
  doc: FrameworkDoc,
  scenario: ExerciseScenario,
  context: CommandContext,
): FrameworkDoc {
  let checked: ExerciseScenario;
  try {
    checked = parseExerciseScenario(scenario);
  } catch (error) {
    if (error instanceof FrameworkDefinitionError) throw invalidInput(error.problems);
    throw error;
  }
  return {
    ...doc,
    definition: checked as unknown as Record<string, unknown>,
    hlc: context.nextHlc(),
  };
}

/** Edit one MSEL line of a library scenario (text, time, expected action…), or add a new one. */
export const saveScenarioInject = defineCommand({
  name: 'saveScenarioInject',
  summary: 'Edit or add an inject in a library scenario’s MSEL',
  input: saveScenarioInjectInput,
  permission: 'person',
  async plan(reads, input, context) {
    const { doc, scenario } = await requireScenario(reads, input.scenarioId);
    if (input.number !== undefined && !scenario.injects.some((i) => i.number === input.number))
      throw invalidInput([{ field: 'number', reason: `no inject number ${input.number}` }]);
    const others = scenario.injects.filter((i) => i.number !== input.number);
    const injects = [...others, input.inject].sort((a, b) => a.number - b.number);
    const document = revisedScenario(doc, { ...scenario, injects }, context);
    return { writes: [{ kind: 'frameworks', document }], result: document };
  },
});
