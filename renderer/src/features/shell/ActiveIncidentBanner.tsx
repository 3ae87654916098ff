import { Link } from 'react-router-dom';
import { useIncidents } from '../../app/db/lanternQueries.ts';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';
import { ElapsedClock } from '../incidents/ElapsedClock.tsx';
import { mostSevereActiveIncident } from '../incidents/incidentSelectors.ts';

/** The most severe active incident, always one click away. */
export function ActiveIncidentBanner() {
  const { documents } = useIncidents('active');
  const incident = mostSevereActiveIncident(documents);
  if (!incident) return null;
  const others = documents.length - 1;
  return (
    <aside
      className={`active-banner active-banner-${incident.severity.toLowerCase()}`}
      aria-label="Most severe active incident"
      data-testid="active-incident-banner"
    >
      <SeverityBadge severity={incident.severity} withLabel />
      {incident.exercise ? <ExerciseMarker /> : null}
      <span className="active-banner-title">{incident.title}</span>
      <span className="active-banner-meta">{incident.reference}</span>
      <ElapsedClock since={incident.declaredAt} className="active-banner-meta" />
      {others > 0 ? <span className="active-banner-meta">+{others} more active</span> : null}
      {/* The link is named by action, not title, so the title names exactly one link: the list row. */}
      <Link to={`/incidents/${incident.id}`} className="active-banner-open">
        Open incident
      </Link>
    </aside>
  );
}
