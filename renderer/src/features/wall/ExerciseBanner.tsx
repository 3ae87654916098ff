import { useExerciseOfIncident } from '../exercises/exerciseQueries.ts';
import { realWorldStopText } from './realWorldStopText.ts';

/** Unmissable from across the room: the incident in the detail area is an exercise. */
export function ExerciseBanner({ incidentId }: { incidentId: string }) {
  const exercise = useExerciseOfIncident(incidentId);
  const stop = exercise ? realWorldStopText(exercise) : undefined;
  return (
    <div className="wall-exercise-banner" data-testid="wall-exercise-banner" role="note">
      <span className="wall-exercise-word">EXERCISE · EXERCISE · EXERCISE</span>
      <span className="wall-exercise-note">Not a real incident</span>
      {stop ? (
        <span className="wall-exercise-stop" data-testid="wall-exercise-banner-stop">
          {stop}
        </span>
      ) : null}
    </div>
  );
}
