import { grantState, type GrantState } from '../../../../shared/ownership/vendors/accessGrants.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';

const STATE_WORDS: Record<GrantState, string> = {
  active: 'active',
  expiring: 'EXPIRING within the hour',
  expired: 'expired',
  revoked: 'revoked',
};

/** Vendor engineers' access to this incident; access about to end is flagged ahead of time. */
export function VendorAccessList({ incidentId, now }: { incidentId: string; now: Date }) {
  const format = useTimeFormat();
  const { documents } = useLiveQuery('vendorAccessGrants', { selector: { incidentId } });
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby="vendor-access-title">
      <h2 id="vendor-access-title">Vendor access</h2>
      <ul aria-label="Vendor access grants">
        {documents.map((grant) => {
          const state = grantState(grant, now);
          return (
            <li key={grant.id} className={state === 'expiring' ? 'vendor-breach' : undefined}>
              {grant.engineerName}: until {format.dateTime(grant.expiresAt)} — {STATE_WORDS[state]}{' '}
              ({grant.reason})
            </li>
          );
        })}
      </ul>
    </section>
  );
}
