import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { countActiveByKind } from '../../../../shared/incidents/incidentOrder.ts';
import { useIncidents, useWorkspace } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { sortIncidentsForConsole } from '../incidents/incidentSelectors.ts';
import { AllClearPanel } from './AllClearPanel.tsx';
import { useWallAttention } from './useWallAttention.ts';
import { useWallRotation } from './useWallRotation.ts';
import { WallDetail } from './WallDetail.tsx';
import { WallHeader } from './WallHeader.tsx';
import { WallOverview } from './WallOverview.tsx';
import { selectWallFocusIndex, WALL_DETAIL_SECONDS } from './wallSlice.ts';

function summaryOf(real: number, exercises: number): string {
  if (real + exercises === 0) return 'All clear';
  const realText =
    real === 0 ? 'No real incident' : `${real} real incident${real === 1 ? '' : 's'}`;
  return exercises === 0
    ? realText
    : `${realText} · ${exercises} exercise${exercises === 1 ? '' : 's'}`;
}

/**
 * The war room's big screen, read-only. Above: every active incident, real
 * ones first, always on screen. Below: one incident in depth, cycling
 * through them all (`#/wall?incident=<id>` pins one).
 */
export function WallDisplay() {
  const { workspace } = useWorkspace();
  const active = useIncidents('active');
  const incidents = useMemo(() => sortIncidentsForConsole(active.documents), [active.documents]);
  const [search] = useSearchParams();
  const pinned = incidents.find((incident) => incident.id === search.get('incident'));
  const focusIndex = useAppSelector((state) => selectWallFocusIndex(state, incidents.length));
  const focus = pinned ?? incidents[focusIndex];
  useWallAttention(active.loading ? undefined : incidents.map((incident) => incident.id));
  useWallRotation(incidents.length, pinned !== undefined);
  const counts = countActiveByKind(incidents);
  const position = pinned
    ? 'Pinned to this screen'
    : `${focusIndex + 1} of ${incidents.length}${incidents.length > 1 ? ` · each ${WALL_DETAIL_SECONDS} s` : ''}`;
  return (
    <div className="wall" data-testid="wall-display">
      <WallHeader
        workspaceName={workspace?.name}
        summary={summaryOf(counts.real, counts.exercises)}
      />
      <main className="wall-main">
        {focus ? (
          <>
            <WallOverview incidents={incidents} focusId={focus.id} />
            <WallDetail incident={focus} position={position} />
          </>
        ) : (
          <AllClearPanel />
        )}
      </main>
      {incidents.length > 1 ? (
        <footer className="wall-footer" aria-hidden="true">
          {incidents.map((incident) => (
            <span
              key={incident.id}
              className={incident.id === focus?.id ? 'wall-dot wall-dot-current' : 'wall-dot'}
            />
          ))}
        </footer>
      ) : null}
    </div>
  );
}
