import { Link } from 'react-router-dom';
import { breachedClocks } from '../../../../shared/ownership/vendors/slaClocks.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { useNow } from '../incidents/useNow.ts';

/** The incident view's way to its vendors, saying how many are engaged and how many breached their SLA. */
export function VendorsLink({ incidentId }: { incidentId: string }) {
  const now = new Date(useNow(30_000));
  const { documents } = useLiveQuery('vendorEngagements', { selector: { incidentId } });
  const engaged = documents.filter((engagement) => engagement.status === 'engaged');
  const breached = documents.filter((engagement) => breachedClocks(engagement, now).length > 0);
  return (
    <p className="incident-links">
      <Link to={`/incidents/${incidentId}/vendors`} data-testid="open-vendors">
        Vendors
      </Link>{' '}
      <span className="muted">({engaged.length} engaged)</span>
      {breached.length > 0 ? (
        <strong className="vendor-breach" role="status">
          {' '}
          {breached.map((engagement) => engagement.vendorName).join(', ')} breached SLA
        </strong>
      ) : null}
    </p>
  );
}
