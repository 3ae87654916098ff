import { commanderOf } from '../../../../shared/handoffs/briefCommandSupport.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useExerciseOfIncident } from '../exercises/exerciseQueries.ts';
import { ElapsedClock } from '../incidents/ElapsedClock.tsx';
import { realWorldStopText } from './realWorldStopText.ts';
import { WallIncidentTags } from './WallIncidentTags.tsx';

/** An exercise, after every real incident and visibly a drill: one line, never shouting. */
export function ExerciseRow({
  incident,
  nameOf,
  focused,
}: {
  incident: IncidentDoc;
  nameOf(personId: string): string;
  focused: boolean;
}) {
  const exercise = useExerciseOfIncident(incident.id);
  const commanderId = commanderOf(incident);
  const stop = exercise ? realWorldStopText(exercise) : undefined;
  return (
    <li
      className={`wall-exercise-row${focused ? ' wall-row-focused' : ''}`}
      data-testid="wall-incident"
      data-incident-id={incident.id}
      data-exercise="true"
    >
      <WallIncidentTags incident={incident} />
      <span className="wall-exercise-title" data-testid="wall-incident-title">
        {incident.title}
      </span>
      <span className="wall-exercise-commander">
        {commanderId ? nameOf(commanderId) : 'No commander'}
      </span>
      <ElapsedClock since={incident.declaredAt} className="wall-exercise-elapsed" />
      {stop ? (
        <span className="wall-exercise-stop" data-testid="wall-real-world-stop">
          {stop}
        </span>
      ) : null}
    </li>
  );
}
