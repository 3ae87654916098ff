import { Link } from 'react-router-dom';
import { awarenessId, obligationsFor } from '../../../../shared/compliance/obligations.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useLiveDocument, useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { useNow } from '../incidents/useNow.ts';

/**
 * The incident view's way to its regulatory clocks, shown only when its
 * classification brings any: how many are still open and how many are overdue.
 */
export function ObligationsLink({ incident }: { incident: IncidentDoc }) {
  const now = useNow(30_000);
  const { documents: filings } = useLiveQuery('obligationFilings', {
    selector: { incidentId: incident.id },
  });
  const { document: corrected } = useLiveDocument('incidentAwareness', awarenessId(incident.id));
  const obligations = obligationsFor(incident, filings, new Date(now), 'UTC', corrected);
  if (obligations.length === 0) return null;
  const open = obligations.filter((o) => o.status === 'due' || o.status === 'overdue');
  const overdue = open.filter((o) => o.status === 'overdue');
  return (
    <p className="incident-links">
      <Link to={`/incidents/${incident.id}/obligations`} data-testid="open-obligations">
        Regulatory clocks
      </Link>{' '}
      <span className="muted">({open.length} open)</span>
      {overdue.length > 0 ? (
        <strong className="vendor-breach" role="status">
          {' '}
          {overdue.length} overdue: {overdue.map((o) => o.regulation).join(', ')}
        </strong>
      ) : null}
    </p>
  );
}
