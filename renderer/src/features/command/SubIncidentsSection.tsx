import { Link } from 'react-router-dom';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useSubIncidents } from '../../app/db/commandQueries.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';
import { StatusPill } from '../../ui/StatusPill.tsx';
import { DeclareSubIncidentDialog } from './DeclareSubIncidentDialog.tsx';
import { useIncidentDialog } from './useIncidentDialog.ts';

function leadOf(incident: IncidentDoc): string | undefined {
  return incident.roles?.find((r) => r.role === 'incident-commander')?.personId;
}

/** Decentralized command: one sub-incident per area, each with its own lead, rolling up here. */
export function SubIncidentsSection({
  incident,
  readOnly,
}: {
  incident: IncidentDoc;
  readOnly: boolean;
}) {
  const { documents: subIncidents } = useSubIncidents(incident.id);
  const people = usePeopleById();
  const declare = useIncidentDialog('declare-sub-incident');
  const mode = incident.commandMode === 'decentralized' ? 'Decentralized' : 'Centralized';
  return (
    <section className="command-panel" aria-label="Sub-incidents">
      <h2 className="section-title">
        Sub-incidents <span className="count">{subIncidents.length}</span>
      </h2>
      <p className="muted">{mode} command for this incident type.</p>
      <ul className="sub-incidents">
        {subIncidents.map((sub) => {
          const lead = leadOf(sub);
          return (
            <li key={sub.id} className="sub-incident" data-testid="sub-incident">
              <SeverityBadge severity={sub.severity} />
              <StatusPill status={sub.status} />
              <Link to={`/incidents/${sub.id}`}>{sub.title}</Link>
              <span className="muted">
                {sub.area} · lead {lead ? (people.get(lead)?.displayName ?? lead) : 'none'}
              </span>
            </li>
          );
        })}
      </ul>
      {readOnly ? null : (
        <div className="command-actions">
          <Button onClick={declare.show}>Declare sub-incident</Button>
        </div>
      )}
      {declare.open ? (
        <DeclareSubIncidentDialog incident={incident} onClose={declare.close} />
      ) : null}
    </section>
  );
}
