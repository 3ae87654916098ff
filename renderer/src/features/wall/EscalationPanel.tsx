import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useEscalations } from '../../app/db/commandQueries.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import {
  countdown,
  currentEscalation,
  ESCALATION_STATUS_LABELS,
} from '../command/escalationView.ts';
import { useNow } from '../incidents/useNow.ts';
import { PageDeliveries } from '../paging/PageDeliveries.tsx';
import { WallIncidentTags } from './WallIncidentTags.tsx';

/** Who is being paged for the most severe incident, at which level, and when paging moves on. */
export function EscalationPanel({ incident }: { incident: IncidentDoc }) {
  const { documents } = useEscalations(incident.id);
  const people = usePeopleById();
  const now = useNow();
  const view = currentEscalation(documents);
  return (
    <div className="wall-escalation-panel">
      <div className="wall-focus-heading">
        <WallIncidentTags incident={incident} />
        <span className="wall-focus-title">{incident.title}</span>
      </div>
      {view ? (
        <dl className="wall-escalation" data-testid="wall-escalation">
          <div>
            <dt>Paged now</dt>
            <dd className="wall-escalation-paged">
              {view.pagedPersonIds.map((id) => people.get(id)?.displayName ?? id).join(', ') ||
                'Nobody reachable'}
            </dd>
          </div>
          <div>
            <dt>Level</dt>
            <dd>
              {view.level} of {view.levels}
            </dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{ESCALATION_STATUS_LABELS[view.escalation.status] ?? view.escalation.status}</dd>
          </div>
          <div>
            <dt>Next step</dt>
            <dd className="wall-escalation-next">
              {view.dueAt ? countdown(view.dueAt, now) : '—'}
            </dd>
          </div>
        </dl>
      ) : null}
      {view ? <PageDeliveries incidentId={incident.id} escalationId={view.escalation.id} /> : null}
      {view ? null : <p className="wall-caption">Nobody is being paged for this incident.</p>}
    </div>
  );
}
