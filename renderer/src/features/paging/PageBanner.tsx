import { Link } from 'react-router-dom';
import type { PageDoc } from '../../../../shared/paging/pageRecords.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { Banner } from '../../ui/Banner.tsx';
import { Button } from '../../ui/Button.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';

/** A page whose push delivery went out: it shows wherever the person uses Lantern. */
export function pushedPages(pages: readonly PageDoc[], personId: string | null): PageDoc[] {
  return pages.filter(
    (p) =>
      p.page.personId === personId &&
      p.page.status === 'paging' &&
      p.page.reason !== 'test' &&
      (p.deliveries ?? []).some((d) => d.channel === 'push' && d.state === 'delivered'),
  );
}

/**
 * Push: a page addressed to the signed-in person shows on every screen of
 * every node they use (the page record syncs), with Acknowledge at hand.
 */
export function PageBanner() {
  const me = useAppSelector(selectCurrentPersonId);
  const { documents } = useLiveQuery('communications', { selector: { kind: 'page' } });
  const acknowledge = useCommand('acknowledgePage');
  const [page] = pushedPages(documents as PageDoc[], me);
  if (!page) return null;
  const escalationId = page.page.escalationId;
  return (
    <Banner tone="danger" className="page-banner">
      <span data-testid="page-banner">
        <strong>You are paged:</strong> {page.subject} — {page.body}{' '}
        <Link to={`/incidents/${page.incidentId}`}>Open the incident</Link>
      </span>
      {escalationId ? (
        <Button
          variant="primary"
          busy={acknowledge.pending}
          onClick={() => void acknowledge.send({ escalationId })}
        >
          Acknowledge
        </Button>
      ) : null}
      <RefusalNotice failure={acknowledge.failure} />
    </Banner>
  );
}
