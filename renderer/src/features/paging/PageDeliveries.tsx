import type { PageDoc } from '../../../../shared/paging/pageRecords.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { pageChannels, pageHeadline } from './pageView.ts';

/** Each page of an incident's escalation and how far it got: console and wall say the same. */
export function PageDeliveries({
  incidentId,
  escalationId,
}: {
  incidentId: string;
  escalationId: string;
}) {
  const people = usePeopleById();
  const { documents } = useLiveQuery('communications', { selector: { incidentId, kind: 'page' } });
  const pages = (documents as PageDoc[]).filter((p) => p.page.escalationId === escalationId);
  if (pages.length === 0) return null;
  return (
    <ul className="page-deliveries" aria-label="Pages" data-testid="page-deliveries">
      {pages.map((page) => (
        <li key={page.id} data-state={pageHeadline(page)}>
          <strong>{people.get(page.page.personId)?.displayName ?? page.page.personId}</strong>:{' '}
          {pageHeadline(page)}
          <span className="muted"> — {pageChannels(page) || 'no contact method'}</span>
        </li>
      ))}
    </ul>
  );
}
