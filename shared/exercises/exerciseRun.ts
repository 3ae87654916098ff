import type { CommandContext, CommandReads } from '../commands/command.ts';
import { conflict, forbidden, invalidInput, notFound } from '../commands/errors.ts';
import type { ExerciseDoc } from '../schema/exercise.ts';
import { elapsedScenarioSeconds, type ExerciseClock } from './exerciseClock.ts';
import { scenarioInject, type ExerciseScenario, type ScenarioInject } from './scenarioSchema.ts';

export type InjectState = ExerciseDoc['injects'][number];

/** An inject of a run: its MSEL line, whether it was added during play, and its state. */
export interface RunInject extends ScenarioInject {
  added: boolean;
  /** For a contingency added during play: the inject it backs up. */
  parentNumber?: number;
  state: InjectState;
}

/** A contingency inject written during play, stored in `addedInjects`. */
export type AddedInject = ScenarioInject & { parentNumber?: number };

export function scenarioOf(exercise: ExerciseDoc): ExerciseScenario {
  return exercise.scenario as unknown as ExerciseScenario;
}

export function addedInjectsOf(exercise: ExerciseDoc): AddedInject[] {
  return exercise.addedInjects.map((raw) => {
    const { parentNumber, ...inject } = raw as Record<string, unknown>;
    const parsed = scenarioInject.parse(inject);
    return typeof parentNumber === 'number' ? { ...parsed, parentNumber } : parsed;
  });
}

/** Every inject of the run in MSEL order (scenario time, then number), with its state. */
export function runInjects(exercise: ExerciseDoc): RunInject[] {
  const states = new Map(exercise.injects.map((s) => [s.number, s]));
  const stateOf = (number: number): InjectState =>
    states.get(number) ?? { number, status: 'pending' };
  const fromScenario = scenarioOf(exercise).injects.map((inject) => ({
    ...inject,
    added: false,
    state: stateOf(inject.number),
  }));
  const added = addedInjectsOf(exercise).map((inject) => ({
    ...inject,
    added: true,
    state: stateOf(inject.number),
  }));
  return [...fromScenario, ...added].sort(
    (a, b) => timeKey(a.time) - timeKey(b.time) || a.number - b.number,
  );
}

function timeKey(time: string): number {
  const [h = 0, m = 0, s = 0] = time.split(':').map(Number);
  return h * 3600 + m * 60 + s;
}

export function clockOf(exercise: ExerciseDoc): ExerciseClock {
  return exercise.clock as ExerciseClock;
}

export function scenarioSecondsNow(exercise: ExerciseDoc, now: Date): number {
  return elapsedScenarioSeconds(clockOf(exercise), now);
}

export async function requireExercise(reads: CommandReads, id: string): Promise<ExerciseDoc> {
  const exercise = await reads.get('exercises', id);
  if (!exercise) throw notFound('exercise', id);
  return exercise;
}

/** The exercise, refusing one that has ended (its record is final). */
export async function requireRunningExercise(
  reads: CommandReads,
  id: string,
): Promise<ExerciseDoc> {
  const exercise = await requireExercise(reads, id);
  if (exercise.clock.state === 'ended')
    throw conflict(`The exercise "${exercise.title}" has ended; its MSEL can no longer change`);
  return exercise;
}

/** Only the facilitator (or the node itself) steers the exercise. */
export function requireFacilitator(exercise: ExerciseDoc, context: CommandContext): void {
  if (context.actor.kind === 'system') return;
  if (context.actor.id !== exercise.facilitatorId)
    throw forbidden(
      `Only the facilitator of "${exercise.title}" can do this; ask them or have them hand over`,
    );
}

export function requireRunInject(
  exercise: ExerciseDoc,
  number: number,
  field = 'number',
): RunInject {
  const inject = runInjects(exercise).find((i) => i.number === number);
  if (!inject)
    throw invalidInput([{ field, reason: `no inject number ${number} in this exercise` }]);
  return inject;
}

/** The injects list with one inject's state replaced. */
export function withInjectState(exercise: ExerciseDoc, state: InjectState): InjectState[] {
  return [...exercise.injects.filter((s) => s.number !== state.number), state].sort(
    (a, b) => a.number - b.number,
  );
}

/** The exercise with its changes, stamped with the time and a fresh clock value. */
export function updatedExercise(
  exercise: ExerciseDoc,
  changes: Partial<ExerciseDoc>,
  context: CommandContext,
): ExerciseDoc {
  return { ...exercise, ...changes, updatedAt: context.now.toISOString(), hlc: context.nextHlc() };
}
