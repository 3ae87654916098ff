import { Link } from 'react-router-dom';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useExerciseOfIncident } from './exerciseQueries.ts';

/** On an exercise incident: say so loudly, and lead to the exercise's console. */
export function ExerciseIncidentNotice({ incident }: { incident: IncidentDoc }) {
  const exercise = useExerciseOfIncident(incident.exercise ? incident.id : undefined);
  if (!incident.exercise) return null;
  return (
    <p className="exercise-notice" role="note" data-testid="exercise-notice">
      <strong>EXERCISE — not a real incident.</strong> Work it as you would a real one; nothing from
      it pages anyone or leaves through an external channel.
      {exercise ? (
        <>
          {' '}
          <Link to={`/exercises/${exercise.id}`}>Exercise console</Link>
        </>
      ) : null}
    </p>
  );
}
