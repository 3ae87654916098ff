import {
  describeHubState,
  describeLag,
  type HubStatus,
} from '../../../../shared/sync/syncStatus.ts';
import { Banner } from '../../ui/Banner.tsx';

/**
 * The NATS hub beside the peers: Live only while this node is connected and
 * the workspace's stream answers; otherwise what it is doing and why, and
 * what is waiting to reach the hub.
 */
export function HubPanel({ hub }: { hub: HubStatus }) {
  const live = hub.state === 'live';
  return (
    <section className="sync-hub" aria-labelledby="sync-hub-title" data-testid="sync-hub">
      <h2 id="sync-hub-title">Hub</h2>
      {live ? (
        <Banner tone="success">
          Live{hub.connectedTo ? ` · connected to ${hub.connectedTo}` : ''}
        </Banner>
      ) : (
        <Banner tone={hub.state === 'connecting' ? 'warning' : 'danger'} urgent>
          {describeHubState(hub)}
          {hub.problem ? `: ${hub.problem}` : ''}. Peers on this network still sync directly.
        </Banner>
      )}
      <dl className="sync-facts">
        <div>
          <dt>Not yet on the hub</dt>
          <dd data-testid="sync-hub-pending">
            {hub.pendingChanges === 0
              ? 'nothing: every change is on the hub'
              : `${hub.pendingChanges} change(s), oldest ${describeLag(hub.lagMs)}`}
          </dd>
        </div>
        <div>
          <dt>Still to read from the hub</dt>
          <dd>{hub.behindMessages === 0 ? 'nothing' : `${hub.behindMessages} message(s)`}</dd>
        </div>
        <div>
          <dt>Refused from the hub</dt>
          <dd data-testid="sync-hub-refused">
            {hub.refusedMessages === 0
              ? 'none'
              : `${hub.refusedMessages} message(s) (forged, malformed or not valid; see the node log)`}
          </dd>
        </div>
        <div>
          <dt>Hub servers</dt>
          <dd className="sync-hub-servers">{hub.servers.join(', ')}</dd>
        </div>
      </dl>
    </section>
  );
}
