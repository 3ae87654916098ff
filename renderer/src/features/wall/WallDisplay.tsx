import { useIncidents, useWorkspace } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { selectConnection, selectIsConnectionDown } from '../connectivity/connectivitySlice.ts';
import { sortIncidentsForConsole } from '../incidents/incidentSelectors.ts';
import { ActiveIncidentsPanel } from './ActiveIncidentsPanel.tsx';
import { AllClearPanel } from './AllClearPanel.tsx';
import { ElapsedPanel } from './ElapsedPanel.tsx';
import { LatestTimelinePanel } from './LatestTimelinePanel.tsx';
import { useWallRotation } from './useWallRotation.ts';
import { WallClock } from './WallClock.tsx';
import { WALL_PANEL_TITLES, wallPanelsFor, type WallPanelId } from './wallPanels.ts';
import { selectWallPanelIndex } from './wallSlice.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';

function WallPanel({ panel, incidents }: { panel: WallPanelId; incidents: IncidentDoc[] }) {
  const [focus] = incidents;
  if (panel === 'active-incidents') return <ActiveIncidentsPanel incidents={incidents} />;
  if (panel === 'latest-timeline' && focus) return <LatestTimelinePanel incident={focus} />;
  if (panel === 'elapsed' && focus) return <ElapsedPanel incident={focus} />;
  return <AllClearPanel />;
}

/** Read-only, room-readable, self-rotating view for the war room's big screen. */
export function WallDisplay() {
  const { workspace } = useWorkspace();
  const { documents } = useIncidents('active');
  const incidents = sortIncidentsForConsole(documents);
  const panels = wallPanelsFor(incidents);
  const panelIndex = useAppSelector((state) => selectWallPanelIndex(state, panels.length));
  const panel = panels[panelIndex] ?? 'all-clear';
  const down = useAppSelector(selectIsConnectionDown);
  const connection = useAppSelector(selectConnection);
  useWallRotation(panels.length);
  return (
    <div className="wall" data-testid="wall-display">
      {down ? (
        <div className="wall-connection-lost" role="alert">
          Connection lost — reconnecting
        </div>
      ) : null}
      <header className="wall-header">
        <span className="wall-workspace">{workspace?.name ?? 'Lantern'}</span>
        <h1 className="wall-panel-title">{WALL_PANEL_TITLES[panel]}</h1>
        <span className={`wall-connection wall-connection-${connection}`}>
          {connection === 'online' ? 'Live' : connection}
        </span>
        <WallClock />
      </header>
      <main className="wall-main">
        <WallPanel panel={panel} incidents={incidents} />
      </main>
      <footer className="wall-footer" aria-hidden="true">
        {panels.map((id, index) => (
          <span
            key={id}
            className={index === panelIndex ? 'wall-dot wall-dot-current' : 'wall-dot'}
          />
        ))}
      </footer>
    </div>
  );
}
