import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useEscalations } from '../../app/db/commandQueries.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { formatClockTime } from '../incidents/elapsed.ts';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';
import {
  countdown,
  currentEscalation,
  ESCALATION_STATUS_LABELS,
  mayAcknowledge,
} from './escalationView.ts';

/** Who is being paged for this incident, at which level, and when it escalates next. */
export function EscalationSection({
  incident,
  now,
  readOnly,
}: {
  incident: IncidentDoc;
  now: number;
  readOnly: boolean;
}) {
  const { documents } = useEscalations(incident.id);
  const people = usePeopleById();
  const personId = useAppSelector(selectCurrentPersonId);
  const acknowledge = useCommand('acknowledgePage');
  const start = useCommand('startEscalation');
  const view = currentEscalation(documents);
  const active = view?.escalation.status === 'active';
  const nameOf = (id: string) => people.get(id)?.displayName ?? id;
  return (
    <section className="command-panel" aria-label="Escalation">
      <h2 className="section-title">Escalation</h2>
      {view ? (
        <dl className="command-facts" data-testid="escalation">
          <div>
            <dt>Policy</dt>
            <dd>{view.escalation.policyName}</dd>
          </div>
          <div>
            <dt>Level</dt>
            <dd>
              Level {view.level} of {view.levels}
              {view.rounds > 1 ? ` · round ${view.round} of ${view.rounds}` : ''}
            </dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd className={`escalation-status escalation-${view.escalation.status}`}>
              {ESCALATION_STATUS_LABELS[view.escalation.status] ?? view.escalation.status}
              {view.escalation.acknowledgedBy
                ? ` by ${nameOf(view.escalation.acknowledgedBy)}`
                : ''}
            </dd>
          </div>
          <div>
            <dt>{active ? 'Paged now' : 'Last paged'}</dt>
            <dd>{view.pagedPersonIds.map(nameOf).join(', ') || 'Nobody reachable'}</dd>
          </div>
          {view.dueAt ? (
            <div>
              <dt>Next escalation</dt>
              <dd>
                <time dateTime={view.dueAt}>{formatClockTime(view.dueAt)}</time> (
                <span data-testid="escalation-countdown">{countdown(view.dueAt, now)}</span>)
              </dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="muted">Nobody is being paged for this incident.</p>
      )}
      {readOnly ? null : (
        <div className="command-actions">
          {active && view ? (
            <Button
              variant="primary"
              disabled={!mayAcknowledge(view, incident, personId)}
              onClick={() => void acknowledge.send({ escalationId: view.escalation.id })}
            >
              Acknowledge page
            </Button>
          ) : (
            <Button onClick={() => void start.send({ incidentId: incident.id })}>
              Start escalation
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
