import { z } from 'zod';
import { formatScenarioTime } from '../exercises/exerciseClock.ts';
import {
  requireFacilitator,
  requireRunInject,
  requireRunningExercise,
  runInjects,
  scenarioOf,
  scenarioSecondsNow,
  updatedExercise,
  withInjectState,
  type AddedInject,
} from '../exercises/exerciseRun.ts';
import { INJECT_METHODS, scenarioTime } from '../exercises/scenarioSchema.ts';
import type { ExerciseDoc } from '../schema/exercise.ts';
import { defineCommand } from './command.ts';
import { invalidInput } from './errors.ts';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lowercase words and dashes');

export const addContingencyInjectInput = z
  .object({
    exerciseId: z.string().min(1).max(64),
    /** The inject this one backs up (players stalled or went off script). */
    parentNumber: z.number().int().min(1).max(9999).optional(),
    /** Scenario time; now on the exercise clock when absent. */
    time: scenarioTime.optional(),
    to: slug,
    from: z.string().trim().min(1, 'say who the inject comes from').max(200),
    method: z.enum(INJECT_METHODS).default('phone'),
    message: z.string().trim().min(1, 'write the inject message').max(4000),
    expectedAction: z.string().trim().min(1, 'say what the players are expected to do').max(2000),
    objective: slug.optional(),
    module: slug.optional(),
  })
  .strict();

/**
 * Add a contingency inject during play. It joins the run's MSEL as pending
 * and is released by hand (never on schedule); the scenario in the library
 * is unchanged.
 */
export const addContingencyInject = defineCommand({
  name: 'addContingencyInject',
  summary: 'Add a contingency inject to a running exercise’s MSEL',
  input: addContingencyInjectInput,
  permission: 'person',
  async plan(reads, input, context) {
    const exercise = await requireRunningExercise(reads, input.exerciseId);
    requireFacilitator(exercise, context);
    const scenario = scenarioOf(exercise);
    const parent =
      input.parentNumber === undefined
        ? undefined
        : requireRunInject(exercise, input.parentNumber, 'parentNumber');
    const objective = input.objective ?? parent?.objective ?? scenario.objectives[0]?.id ?? '';
    const module = input.module ?? parent?.module ?? scenario.modules[0]?.id ?? '';
    const problems = [
      ...(scenario.participantRoles.some((r) => r.id === input.to)
        ? []
        : [{ field: 'to', reason: `no participant role "${input.to}" in this scenario` }]),
      ...(scenario.objectives.some((o) => o.id === objective)
        ? []
        : [{ field: 'objective', reason: `no objective "${objective}" in this scenario` }]),
      ...(scenario.modules.some((m) => m.id === module)
        ? []
        : [{ field: 'module', reason: `no module "${module}" in this scenario` }]),
    ];
    if (problems.length) throw invalidInput(problems);
    const number = Math.max(0, ...runInjects(exercise).map((i) => i.number)) + 1;
    const inject: AddedInject = {
      number,
      time: input.time ?? formatScenarioTime(scenarioSecondsNow(exercise, context.now)),
      module,
      from: input.from,
      to: input.to,
      method: input.method,
      message: input.message,
      expectedAction: input.expectedAction,
      objective,
      contingencies: [],
      contingency: true,
      ...(parent ? { parentNumber: parent.number } : {}),
    };
    const updated = updatedExercise(
      exercise,
      {
        addedInjects: [
          ...exercise.addedInjects,
          inject as unknown as ExerciseDoc['addedInjects'][number],
        ],
        injects: withInjectState(exercise, { number, status: 'pending' }),
      },
      context,
    );
    return { writes: [{ kind: 'exercises', document: updated }], result: updated };
  },
});
