import { Link } from 'react-router-dom';
import { useIncidents } from '../../app/db/lanternQueries.ts';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';
import { ElapsedClock } from '../incidents/ElapsedClock.tsx';
import { countActiveByKind } from '../../../../shared/incidents/incidentOrder.ts';
import { mostSevereActiveIncident } from '../incidents/incidentSelectors.ts';

/** "+2 more active (1 exercise)": the others, with exercises named so a drill never hides a real one. */
function othersText(real: number, exercises: number): string {
  const others = real + exercises;
  if (others === 0) return '';
  if (exercises === 0) return `+${others} more active`;
  if (real === 0)
    return `+${others} more active (${others === 1 ? 'an exercise' : 'all exercises'})`;
  return `+${others} more active (${exercises} exercise${exercises === 1 ? '' : 's'})`;
}

/** The leading active incident (real before exercise, then severity), always one click away. */
export function ActiveIncidentBanner() {
  const { documents } = useIncidents('active');
  const incident = mostSevereActiveIncident(documents);
  if (!incident) return null;
  const counts = countActiveByKind(documents);
  const others = incident.exercise
    ? othersText(counts.real, counts.exercises - 1)
    : othersText(counts.real - 1, counts.exercises);
  return (
    <aside
      className={`active-banner active-banner-${incident.severity.toLowerCase()}`}
      aria-label="Leading active incident"
      data-testid="active-incident-banner"
    >
      <SeverityBadge severity={incident.severity} withLabel />
      {incident.exercise ? <ExerciseMarker /> : null}
      <span className="active-banner-title">{incident.title}</span>
      <span className="active-banner-meta">{incident.reference}</span>
      <ElapsedClock since={incident.declaredAt} className="active-banner-meta" />
      {others ? (
        <span className="active-banner-meta" data-testid="active-banner-others">
          {others}
        </span>
      ) : null}
      {/* The link is named by action, not title, so the title names exactly one link: the list row. */}
      <Link to={`/incidents/${incident.id}`} className="active-banner-open">
        Open incident
      </Link>
    </aside>
  );
}
