import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useNow } from '../incidents/useNow.ts';
import { DecisionsSection } from './DecisionsSection.tsx';
import { EscalationSection } from './EscalationSection.tsx';
import { PlaybookSection } from './PlaybookSection.tsx';
import { RolesSection } from './RolesSection.tsx';
import { StatusSection } from './StatusSection.tsx';
import { SubIncidentsSection } from './SubIncidentsSection.tsx';

/**
 * The incident's command panels. The clock ticks here, not in the incident
 * view, so the timeline beside them is not re-rendered every second.
 */
export function IncidentCommandPanels({
  incident,
  readOnly,
}: {
  incident: IncidentDoc;
  readOnly: boolean;
}) {
  const now = useNow();
  return (
    <div className="command-panels">
      <StatusSection incident={incident} readOnly={readOnly} />
      <RolesSection incident={incident} readOnly={readOnly} />
      <EscalationSection incident={incident} now={now} readOnly={readOnly} />
      <PlaybookSection incident={incident} now={now} readOnly={readOnly} />
      <DecisionsSection incident={incident} readOnly={readOnly} />
      {incident.parentId ? null : <SubIncidentsSection incident={incident} readOnly={readOnly} />}
    </div>
  );
}
