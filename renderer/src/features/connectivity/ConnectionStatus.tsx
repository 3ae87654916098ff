import type { ConnectionState } from '../../../../shared/contract/bridge.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { selectInFlightCount } from '../commands/commandsSlice.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { selectConnection, selectLastOnlineAt, selectNodeReachable } from './connectivitySlice.ts';
import { useBrowserOnline } from './useBrowserOnline.ts';

const CONNECTION_LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  online: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

/** Live / reconnecting / offline, with how fresh the data is and how many commands await an answer. */
export function ConnectionStatus() {
  const { time } = useTimeFormat();
  const socket = useAppSelector(selectConnection);
  const nodeReachable = useAppSelector(selectNodeReachable);
  const browserOnline = useBrowserOnline();
  // The storage socket can stay open a while after the network went; a failed send or the browser knows sooner.
  const connection: ConnectionState =
    !browserOnline || (!nodeReachable && socket === 'online') ? 'offline' : socket;
  const lastOnlineAt = useAppSelector(selectLastOnlineAt);
  const inFlight = useAppSelector(selectInFlightCount);
  const stale = connection !== 'online' && lastOnlineAt;
  return (
    <div
      className={`connection-status connection-${connection}`}
      role="status"
      data-testid="connection-status"
    >
      <span className="connection-dot" aria-hidden="true" />
      <span>{CONNECTION_LABELS[connection]}</span>
      {stale ? <span className="connection-detail">· data as of {time(lastOnlineAt)}</span> : null}
      {inFlight > 0 ? <span className="connection-detail">· sending {inFlight}</span> : null}
    </div>
  );
}
