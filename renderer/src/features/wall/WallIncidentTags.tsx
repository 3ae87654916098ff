import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';
import { StatusPill } from '../../ui/StatusPill.tsx';

export function WallIncidentTags({ incident }: { incident: IncidentDoc }) {
  return (
    <span className="wall-tags">
      <SeverityBadge severity={incident.severity} withLabel />
      {incident.exercise ? <ExerciseMarker /> : null}
      <StatusPill status={incident.status} />
      <span className="wall-reference">{incident.reference}</span>
    </span>
  );
}
