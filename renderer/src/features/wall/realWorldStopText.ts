import type { ExerciseDoc } from '../../../../shared/schema/exercise.ts';

/** What an exercise's wall banner says once a real incident has interrupted it. */
export function realWorldStopText(exercise: ExerciseDoc): string | undefined {
  const stop = exercise.realWorldStop;
  if (!stop || exercise.clock.state === 'ended') return undefined;
  if (stop.decision === 'paused') return `REAL-WORLD STOP — paused for ${stop.reference}`;
  if (stop.decision === 'continued')
    return `Real incident ${stop.reference} active — play continues`;
  return `REAL INCIDENT ${stop.reference} — facilitator asked to pause`;
}
