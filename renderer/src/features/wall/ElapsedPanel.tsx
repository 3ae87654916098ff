import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { ElapsedClock } from '../incidents/ElapsedClock.tsx';
import { formatClockTime } from '../incidents/elapsed.ts';
import { WallIncidentTags } from './WallIncidentTags.tsx';

/** One huge clock: how long the most severe incident has been running. */
export function ElapsedPanel({ incident }: { incident: IncidentDoc }) {
  return (
    <div className="wall-elapsed-panel">
      <WallIncidentTags incident={incident} />
      <span className="wall-focus-title">{incident.title}</span>
      <ElapsedClock since={incident.declaredAt} className="wall-big-clock" testId="wall-elapsed" />
      <span className="wall-caption">
        since declaration at {formatClockTime(incident.declaredAt)}
      </span>
    </div>
  );
}
