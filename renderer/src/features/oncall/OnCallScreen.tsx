import { useMemo } from 'react';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { useNow } from '../incidents/useNow.ts';
import { ContactMethodsPanel } from '../paging/ContactMethodsPanel.tsx';
import { RotationCard } from './RotationCard.tsx';
import { rotationView, type RotationView } from './rotationView.ts';

/** Every on-call rotation: who is on call now, the next handoff, layers and covers. */
export function OnCallScreen() {
  const { bridge } = useLantern();
  const { documents, loading } = useLiveQuery('organisation', {
    selector: { kind: 'rotation' },
    sort: [{ name: 'asc' }],
  });
  const people = usePeopleById();
  // Re-read each minute: handoffs happen on the minute.
  const now = useNow(60_000);
  const views = useMemo(
    () =>
      documents
        .map((unit) => rotationView(unit, new Date(now)))
        .filter((view): view is RotationView => view !== null),
    [documents, now],
  );
  if (!loading && views.length === 0)
    return (
      <EmptyState title="No on-call rotations">
        Rotations come with the organisation file the workspace was created from.
      </EmptyState>
    );
  return (
    <div className="on-call-screen">
      <h1 className="page-title">On call</h1>
      {bridge.readOnly ? null : <ContactMethodsPanel />}
      <div className="rotation-grid">
        {views.map((view) => (
          <RotationCard key={view.id} view={view} people={people} readOnly={bridge.readOnly} />
        ))}
      </div>
    </div>
  );
}
