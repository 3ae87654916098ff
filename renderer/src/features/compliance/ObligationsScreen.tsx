import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  awarenessId,
  awarenessOf,
  obligationsFor,
  type Obligation,
} from '../../../../shared/compliance/obligations.ts';
import { formatDateTime } from '../../../../shared/time/displayTime.ts';
import { useLiveDocument, useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { useNow } from '../incidents/useNow.ts';
import { useDisplayZone } from '../time/TimeFormatProvider.tsx';
import { AwarenessForm } from './AwarenessForm.tsx';
import { FilingForm } from './FilingForm.tsx';

const STATUS_LABELS: Record<Obligation['status'], string> = {
  due: 'Due',
  overdue: 'Overdue',
  met: 'Met',
  waiting: 'Waiting',
};

/** Under four hours left is urgent, as on the wall (issue #17). */
const URGENT_MS = 4 * 3_600_000;

function rowClass(obligation: Obligation): string {
  const urgent = obligation.status === 'due' && (obligation.remainingMs ?? Infinity) < URGENT_MS;
  return `obligation obligation-${obligation.status}${urgent ? ' obligation-urgent' : ''}`;
}

function statusText(obligation: Obligation): string {
  if (obligation.status === 'met' && obligation.filing?.late) return 'Met late';
  return STATUS_LABELS[obligation.status];
}

function ObligationRow(props: { obligation: Obligation; incidentId: string; zone: string }) {
  const { obligation, incidentId, zone } = props;
  const open = obligation.status === 'due' || obligation.status === 'overdue';
  return (
    <li className={rowClass(obligation)} data-testid={obligation.id}>
      <h2>
        {obligation.regulation}: {obligation.title}
      </h2>
      <p className="muted">
        {obligation.citation} — to {obligation.recipient}; clock from {obligation.startsFrom}
      </p>
      <p>
        <strong>{statusText(obligation)}</strong>
        {obligation.dueLocal ? ` · deadline ${obligation.dueLocal}` : ''}
        {obligation.remaining ? ` · ${obligation.remaining}` : ''}
      </p>
      {obligation.filing ? (
        <p>
          Filed with {obligation.filing.recipient} at{' '}
          {formatDateTime(obligation.filing.filedAt, zone)}
          {obligation.filing.reference ? ` (reference ${obligation.filing.reference})` : ''}
        </p>
      ) : null}
      {open ? <FilingForm incidentId={incidentId} obligation={obligation} zone={zone} /> : null}
    </li>
  );
}

/**
 * An incident's regulatory obligations with their legal clocks, computed in
 * the renderer from the synced incident and filings (the same pure code as
 * the node's API), ticking every 30 seconds, in the viewer's zone.
 */
export function ObligationsScreen() {
  const { incidentId = '' } = useParams();
  const { document: incident, loading } = useLiveDocument('incidents', incidentId);
  const { documents: filings } = useLiveQuery('obligationFilings', { selector: { incidentId } });
  const { document: corrected } = useLiveDocument('incidentAwareness', awarenessId(incidentId));
  const zone = useDisplayZone();
  const now = useNow(30_000);
  const obligations = useMemo(
    () => (incident ? obligationsFor(incident, filings, new Date(now), zone, corrected) : []),
    [incident, filings, now, zone, corrected],
  );
  if (loading) return <p className="muted">Loading…</p>;
  if (!incident) return <EmptyState title="No such incident" />;
  return (
    <div className="obligations-page stack">
      <header>
        <p className="muted">
          <Link to={`/incidents/${incident.id}`}>{incident.reference}</Link>
        </p>
        <h1 className="page-title">
          Regulatory obligations {incident.exercise ? <ExerciseMarker /> : null}
        </h1>
        <p data-testid="awareness">
          Aware since {formatDateTime(awarenessOf(incident, corrected), zone)}
          {corrected ? ` (corrected: ${corrected.awareness.reason})` : ' (its declaration)'}
        </p>
      </header>
      {obligations.length > 0 ? <AwarenessForm incidentId={incident.id} zone={zone} /> : null}
      {obligations.length === 0 ? (
        <EmptyState title="No regulatory clock runs for this incident">
          Its type raises no compliance flag (personal data, health data, financial reporting,
          critical infrastructure) that Lantern has a notification rule for.
        </EmptyState>
      ) : (
        <ul className="obligations">
          {obligations.map((obligation) => (
            <ObligationRow
              key={obligation.id}
              obligation={obligation}
              incidentId={incident.id}
              zone={zone}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
