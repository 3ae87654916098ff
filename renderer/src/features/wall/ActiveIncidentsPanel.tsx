import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { ElapsedClock } from '../incidents/ElapsedClock.tsx';
import { WallIncidentTags } from './WallIncidentTags.tsx';

/** Room-readable list: the five most severe; the rest counted, not crammed. */
const VISIBLE = 5;

export function ActiveIncidentsPanel({ incidents }: { incidents: readonly IncidentDoc[] }) {
  const hidden = incidents.length - VISIBLE;
  return (
    <ol className="wall-incidents">
      {incidents.slice(0, VISIBLE).map((incident) => (
        <li
          key={incident.id}
          className={`wall-incident wall-incident-${incident.severity.toLowerCase()}`}
          data-testid="wall-incident"
        >
          <div className="wall-incident-main">
            <WallIncidentTags incident={incident} />
            <span className="wall-incident-title">{incident.title}</span>
          </div>
          <ElapsedClock since={incident.declaredAt} className="wall-incident-elapsed" />
        </li>
      ))}
      {hidden > 0 ? <li className="wall-more">+{hidden} more active</li> : null}
    </ol>
  );
}
