import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useEscalations } from '../../app/db/commandQueries.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';
import { AcknowledgeOnBehalf } from '../paging/AcknowledgeOnBehalf.tsx';
import { PageDeliveries } from '../paging/PageDeliveries.tsx';
import { EscalationFacts } from './EscalationFacts.tsx';
import { StopPagingDialog } from './StopPagingDialog.tsx';
import { useIncidentDialog } from './useIncidentDialog.ts';
import { currentEscalation, mayAcknowledge } from './escalationView.ts';

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
  const stopPaging = useIncidentDialog('stop-paging');
  const view = currentEscalation(documents);
  const active = view?.escalation.status === 'active';
  const nameOf = (id: string) => people.get(id)?.displayName ?? id;
  return (
    <section className="command-panel" aria-label="Escalation">
      <h2 className="section-title">Escalation</h2>
      {view ? (
        <>
          <EscalationFacts view={view} now={now} nameOf={nameOf} />
          <PageDeliveries incidentId={incident.id} escalationId={view.escalation.id} />
        </>
      ) : (
        <p className="muted">Nobody is being paged for this incident.</p>
      )}
      {readOnly ? null : (
        <div className="command-actions">
          {active && view ? (
            <>
              <Button
                variant="primary"
                disabled={!mayAcknowledge(view, incident, personId)}
                onClick={() => void acknowledge.send({ escalationId: view.escalation.id })}
              >
                Acknowledge page
              </Button>
              <AcknowledgeOnBehalf
                escalationId={view.escalation.id}
                pagedPersonIds={view.pagedPersonIds.filter((id) => id !== personId)}
                nameOf={nameOf}
              />
              <Button onClick={stopPaging.show}>Stop paging</Button>
            </>
          ) : (
            <Button onClick={() => void start.send({ incidentId: incident.id })}>
              Start escalation
            </Button>
          )}
        </div>
      )}
      {stopPaging.open && active && view ? (
        <StopPagingDialog
          incident={incident}
          escalationId={view.escalation.id}
          onClose={stopPaging.close}
        />
      ) : null}
    </section>
  );
}
