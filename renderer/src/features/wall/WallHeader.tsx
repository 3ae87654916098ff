import { useAppSelector } from '../../app/store/hooks.ts';
import { selectConnection, selectIsConnectionDown } from '../connectivity/connectivitySlice.ts';
import { WallClocks } from './WallClocks.tsx';

/** Workspace, connection and both clocks; a loud banner when the node is unreachable. */
export function WallHeader({
  workspaceName,
  summary,
}: {
  workspaceName: string | undefined;
  /** "2 real incidents · 1 exercise" */
  summary: string;
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
        <div className="wall-header-left">
          <span className="wall-workspace">{workspaceName ?? 'Lantern'}</span>
          <span className={`wall-connection wall-connection-${connection}`}>
            {connection === 'online' ? 'Live' : connection}
          </span>
        </div>
        <h1 className="wall-panel-title" data-testid="wall-summary">
          {summary}
        </h1>
        <WallClocks />
      </header>
    </div>
  );
}
