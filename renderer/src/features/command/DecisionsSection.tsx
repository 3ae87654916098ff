import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useDecisions } from '../../app/db/commandQueries.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { decisionTitle } from './decisionOptions.ts';
import { RecordDecisionDialog } from './RecordDecisionDialog.tsx';
import { useIncidentDialog } from './useIncidentDialog.ts';

/** The decision log: what, why, who, and on whose authority. */
export function DecisionsSection({
  incident,
  readOnly,
}: {
  incident: IncidentDoc;
  readOnly: boolean;
}) {
  const { time } = useTimeFormat();
  const { documents: decisions } = useDecisions(incident.id);
  const people = usePeopleById();
  const record = useIncidentDialog('record-decision');
  return (
    <section className="command-panel" aria-label="Decisions">
      <h2 className="section-title">
        Decisions <span className="count">{decisions.length}</span>
      </h2>
      {decisions.length === 0 ? <p className="muted">No decisions logged yet.</p> : null}
      <ol className="decision-log">
        {decisions.map((decision) => (
          <li key={decision.id} className="decision" data-testid="decision">
            <div className="decision-head">
              <span className="decision-phrase">{decisionTitle(decision.decision)}</span>
              <time dateTime={decision.at}>{time(decision.at)}</time>
            </div>
            <p className="decision-summary">{decision.summary}</p>
            <p className="decision-rationale">
              <span className="muted">Why: </span>
              {decision.rationale}
            </p>
            <p className="decision-basis">
              {people.get(decision.takenBy)?.displayName ?? decision.takenBy} ·{' '}
              <span className={`basis-tag basis-${decision.basis}`}>
                {decision.basis === 'holder' ? 'Holder' : 'Fallback'}
              </span>{' '}
              {decision.authority}
            </p>
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <div className="command-actions">
          <Button onClick={record.show}>Record decision</Button>
        </div>
      )}
      {record.open ? <RecordDecisionDialog incident={incident} onClose={record.close} /> : null}
    </section>
  );
}
