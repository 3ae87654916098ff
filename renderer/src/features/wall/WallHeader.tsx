import { useAppSelector } from '../../app/store/hooks.ts';
import { selectConnection, selectIsConnectionDown } from '../connectivity/connectivitySlice.ts';
import { WallClock } from './WallClock.tsx';
import { WALL_PANEL_TITLES, type WallPanelId } from './wallPanels.ts';

/** Workspace, panel title, connection and clock; a loud banner when the node is unreachable. */
export function WallHeader({
  workspaceName,
  panel,
}: {
  workspaceName: string | undefined;
  panel: WallPanelId;
}) {
  const down = useAppSelector(selectIsConnectionDown);
  const connection = useAppSelector(selectConnection);
  return (
    <div className="wall-top">
      {down ? (
        <div className="wall-connection-lost" role="alert">
          Connection lost — reconnecting
        </div>
      ) : null}
      <header className="wall-header">
        <span className="wall-workspace">{workspaceName ?? 'Lantern'}</span>
        <h1 className="wall-panel-title">{WALL_PANEL_TITLES[panel]}</h1>
        <span className={`wall-connection wall-connection-${connection}`}>
          {connection === 'online' ? 'Live' : connection}
        </span>
        <WallClock />
      </header>
    </div>
  );
}
