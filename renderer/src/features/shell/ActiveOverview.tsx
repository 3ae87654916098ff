import { SEVERITIES, SEVERITY_LABELS } from '../../../../shared/domain/severity.ts';
import {
  exerciseIncidents,
  operationalIncidents,
} from '../../../../shared/exercises/operationalIncidents.ts';
import { useIncidents } from '../../app/db/lanternQueries.ts';
import { countBySeverity } from '../incidents/incidentSelectors.ts';

/** Active incidents by severity, at a glance, on the console's start page. */
export function ActiveOverview() {
  const { documents, loading } = useIncidents('active');
  if (loading) return null;
  // Exercises are drills: counted apart, never in the operational tiles.
  const counts = countBySeverity(operationalIncidents(documents));
  const exercises = exerciseIncidents(documents).length;
  return (
    <section className="active-overview" aria-labelledby="overview-heading">
      <h2 id="overview-heading" className="section-title">
        Active now
      </h2>
      <dl className="overview-tiles">
        {SEVERITIES.map((severity) => (
          <div
            key={severity}
            className={`overview-tile${counts[severity] > 0 ? ` overview-${severity.toLowerCase()}` : ''}`}
          >
            <dt>
              {severity} <span className="overview-label">{SEVERITY_LABELS[severity]}</span>
            </dt>
            <dd data-testid={`active-count-${severity}`}>{counts[severity]}</dd>
          </div>
        ))}
      </dl>
      {exercises > 0 ? (
        <p className="muted" data-testid="active-exercises">
          Not counted above: {exercises} exercise{exercises === 1 ? '' : 's'} in play.
        </p>
      ) : null}
    </section>
  );
}
