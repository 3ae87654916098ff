import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { trackerRows, type TrackerFilter } from '../../../../shared/reviews/actionTracker.ts';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { useNow } from '../incidents/useNow.ts';
import { ActionItemRow } from './ActionItemRow.tsx';
import { useActionItems } from './reviewQueries.ts';

type StatusFilter = NonNullable<TrackerFilter['status']> | '';

/** The central tracker: every review's action items, overdue first, with filters. */
export function ActionItemsScreen() {
  const { documents, loading } = useActionItems();
  const { documents: people } = usePeople();
  const now = useNow(60_000);
  const [ownerId, setOwnerId] = useState('');
  const [status, setStatus] = useState<StatusFilter>('not-done');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const rows = useMemo(
    () =>
      trackerRows(documents, new Date(now), {
        ...(ownerId ? { ownerId } : {}),
        ...(status ? { status } : {}),
        overdueOnly,
      }),
    [documents, now, ownerId, status, overdueOnly],
  );
  const overdueCount = rows.filter((r) => r.overdue).length;
  return (
    <div className="review-page stack">
      <header>
        <p className="muted">
          <Link to="/reviews">Reviews</Link>
        </p>
        <h1 className="page-title">Action items</h1>
        <p data-testid="overdue-count">
          {overdueCount ? `${overdueCount} overdue` : 'Nothing overdue'} of {rows.length} shown
        </p>
      </header>
      <div className="tracker-filters">
        <SelectField
          label="Owner"
          value={ownerId}
          onChange={(e) => setOwnerId(e.target.value)}
          options={[
            { value: '', label: 'Everyone' },
            ...people.map((p) => ({ value: p.id, label: p.displayName })),
          ]}
        />
        <SelectField
          label="Status"
          value={status}
          onChange={(e) => setStatus(e.target.value as StatusFilter)}
          options={[
            { value: 'not-done', label: 'Not done' },
            { value: 'open', label: 'Open' },
            { value: 'in-progress', label: 'In progress' },
            { value: 'done', label: 'Done' },
            { value: '', label: 'All' },
          ]}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={overdueOnly}
            onChange={(e) => setOverdueOnly(e.target.checked)}
          />{' '}
          Overdue only
        </label>
      </div>
      {!loading && rows.length === 0 ? <EmptyState title="No action items match" /> : null}
      <ul className="action-items" data-testid="tracker">
        {rows.map((row) => (
          <ActionItemRow key={row.item.id} row={row} showIncident />
        ))}
      </ul>
    </div>
  );
}
