import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { useCommunicationConfig } from '../communications/communicationQueries.ts';
import { ExerciseRow } from './ExerciseRow.tsx';
import { OverviewRow } from './OverviewRow.tsx';

/** Full rows the overview gives real incidents before it lists the rest by reference. */
export const FULL_ROWS = 3;
/** With more real incidents than FULL_ROWS, rows turn dense and this many fit. */
export const DENSE_ROWS = 6;
const EXERCISE_ROWS = 2;

function moreText(hidden: readonly IncidentDoc[], noun: string): string {
  return `+${hidden.length} more ${noun}: ${hidden.map((i) => `${i.severity} ${i.reference}`).join(', ')}`;
}

/**
 * Every active real incident, always on screen whatever the detail area
 * shows; exercises after them, one line each and marked.
 */
export function WallOverview({
  incidents,
  focusId,
}: {
  incidents: readonly IncidentDoc[];
  focusId: string | undefined;
}) {
  const people = usePeopleById();
  const { audiences } = useCommunicationConfig();
  const { documents: cadences } = useLiveQuery('communications', { selector: { kind: 'cadence' } });
  const nameOf = (id: string) => people.get(id)?.displayName ?? id;
  const audienceName = (id: string) => audiences.find((a) => a.id === id)?.name ?? id;
  const real = incidents.filter((incident) => !incident.exercise);
  const drills = incidents.filter((incident) => incident.exercise);
  const dense = real.length > FULL_ROWS;
  const shown = real.slice(0, dense ? DENSE_ROWS : FULL_ROWS);
  return (
    <section className="wall-overview" aria-label="Active incidents" data-testid="wall-overview">
      {real.length === 0 ? (
        <p className="wall-no-real" data-testid="wall-no-real">
          No real incident active
        </p>
      ) : (
        <ol className={`wall-rows${dense ? ' wall-rows-dense' : ''}`}>
          {shown.map((incident) => (
            <OverviewRow
              key={incident.id}
              incident={incident}
              cadences={cadences.filter((c) => c.incidentId === incident.id)}
              nameOf={nameOf}
              audienceName={audienceName}
              focused={incident.id === focusId}
            />
          ))}
        </ol>
      )}
      {real.length > shown.length ? (
        <p className="wall-more">{moreText(real.slice(shown.length), 'real incidents')}</p>
      ) : null}
      {drills.length > 0 ? (
        <ol className="wall-exercise-rows" aria-label="Exercises in play">
          {drills.slice(0, EXERCISE_ROWS).map((incident) => (
            <ExerciseRow
              key={incident.id}
              incident={incident}
              nameOf={nameOf}
              focused={incident.id === focusId}
            />
          ))}
        </ol>
      ) : null}
      {drills.length > EXERCISE_ROWS ? (
        <p className="wall-more">{moreText(drills.slice(EXERCISE_ROWS), 'exercises')}</p>
      ) : null}
    </section>
  );
}
