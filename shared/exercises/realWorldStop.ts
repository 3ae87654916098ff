import type { CommandContext, CommandReads, DocumentWrite } from '../commands/command.ts';
import type { ExerciseDoc } from '../schema/exercise.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { updatedExercise } from './exerciseRun.ts';
import { timelineWrite } from '../commands/timelineEntry.ts';

export type RealWorldStop = NonNullable<ExerciseDoc['realWorldStop']>;

/** Exercises that are not over: a real incident now should reach their facilitators. */
export async function exercisesInPlay(reads: CommandReads): Promise<ExerciseDoc[]> {
  const exercises = await reads.find('exercises', {});
  return exercises.filter((exercise) => exercise.clock.state !== 'ended');
}

/**
 * The writes that flag a real-world stop on every exercise in play when a
 * real incident is declared: the exercise record (the facilitator's prompt
 * and the wall banner read it) and a line on the exercise's timeline.
 * Nothing for an exercise incident.
 */
export async function realWorldStopWrites(
  reads: CommandReads,
  context: CommandContext,
  incident: IncidentDoc,
): Promise<DocumentWrite[]> {
  if (incident.exercise) return [];
  const at = context.now.toISOString();
  const stop: RealWorldStop = {
    incidentId: incident.id,
    reference: incident.reference,
    title: incident.title,
    raisedAt: at,
  };
  return (await exercisesInPlay(reads)).flatMap((exercise): DocumentWrite[] => [
    { kind: 'exercises', document: updatedExercise(exercise, { realWorldStop: stop }, context) },
    timelineWrite(
      context,
      exercise.incidentId,
      'system',
      `REAL-WORLD: ${incident.reference} "${incident.title}" declared (real, ${incident.severity}) — facilitator asked to pause the exercise`,
    ),
  ]);
}

/** Does this exercise's stop still need the facilitator's answer? */
export function awaitsRealWorldAnswer(exercise: ExerciseDoc): boolean {
  const stop = exercise.realWorldStop;
  return stop !== undefined && stop.decision === undefined && exercise.clock.state !== 'ended';
}
