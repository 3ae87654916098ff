import { SEVERITIES, SEVERITY_LABELS } from '../../../../shared/domain/severity.ts';
import { useIncidents } from '../../app/db/lanternQueries.ts';
import { countBySeverity } from '../incidents/incidentSelectors.ts';

/** Active incidents by severity, at a glance, on the console's start page. */
export function ActiveOverview() {
  const { documents, loading } = useIncidents('active');
  if (loading) return null;
  const counts = countBySeverity(documents);
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
    </section>
  );
}
