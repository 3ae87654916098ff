import { useState } from 'react';
import {
  describeLag,
  describePeerPresence,
  type JoinCodeView,
} from '../../../../shared/sync/syncStatus.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { Banner } from '../../ui/Banner.tsx';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { QuarantinedPeers } from './QuarantinedPeers.tsx';
import { HubPanel } from './HubPanel.tsx';
import { ScheduledWorkPanel } from './ScheduledWorkPanel.tsx';
import { useSyncStatus } from './useSyncStatus.ts';

/** With sync off nothing reaches a peer, so "every change has reached a peer" would be false. */
function unacknowledgedText(enabled: boolean, changes: number): string {
  if (!enabled)
    return changes === 0
      ? 'nothing recorded yet; sync is off, so nothing is shared'
      : `${changes} change(s): sync is off, so they stay on this node`;
  return changes === 0 ? 'nothing: every change has reached a peer' : `${changes} change(s)`;
}

/** Peers, whether this node is cut off, what has not reached anyone yet, and the join code. */
export function SyncView() {
  const state = useSyncStatus();
  if (state.kind === 'unavailable')
    return (
      <EmptyState title="Peer sync status is not available in this window">
        Open the console in a browser served by the node to see peers.
      </EmptyState>
    );
  if (state.kind === 'loading') return <p className="sync-loading">Asking the node…</p>;
  if (state.kind === 'error')
    return (
      <Banner tone="danger" urgent>
        Could not read the sync status: {state.message}
      </Banner>
    );
  const { status, at } = state;
  return (
    <section className="sync-view" aria-labelledby="sync-title" data-testid="sync-view">
      <h1 id="sync-title">Peer sync</h1>
      {!status.enabled ? (
        <Banner tone="info">
          Peer sync is off on this node. Start it with <code>--workspace-secret</code> or a join
          code to share incidents with other nodes.
        </Banner>
      ) : status.isolated ? (
        <Banner tone="warning" urgent>
          This node is isolated: no peer is connected{status.hub ? ' and the hub is not live' : ''}.
          Work continues here and is shared when a peer is back.
        </Banner>
      ) : (
        <Banner tone="success">
          Connected to {status.peers.filter((p) => p.connected).length} peer(s)
          {status.hub?.state === 'live' ? ' and the hub' : ''}.
        </Banner>
      )}
      <dl className="sync-facts">
        <div>
          <dt>Not yet received by any peer{status.hub ? ' or the hub' : ''}</dt>
          <dd data-testid="sync-unacknowledged">
            {unacknowledgedText(status.enabled, status.unacknowledgedChanges)}
          </dd>
        </div>
        <div>
          <dt>This node</dt>
          <dd>
            {status.name} · {status.nodeId}
            {status.syncPort ? ` · sync port ${status.syncPort}` : ''}
          </dd>
        </div>
      </dl>
      <QuarantinedPeers peers={status.quarantined ?? []} />
      {status.hub ? <HubPanel hub={status.hub} /> : null}
      <h2>Peers</h2>
      {status.peers.length === 0 ? (
        <p className="sync-empty">No peer has connected yet.</p>
      ) : (
        <table className="sync-peers">
          <thead>
            <tr>
              <th scope="col">Peer</th>
              <th scope="col">Address</th>
              <th scope="col">State</th>
              <th scope="col">Lag</th>
            </tr>
          </thead>
          <tbody>
            {status.peers.map((peer) => (
              <tr key={peer.nodeId} className={peer.connected ? 'peer-up' : 'peer-down'}>
                <td>
                  {peer.name} <span className="sync-node-id">{peer.nodeId}</span>
                </td>
                <td>{peer.address}</td>
                <td>{describePeerPresence(peer, at)}</td>
                <td>{peer.connected ? describeLag(peer.lagMs) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status.enabled ? <ScheduledWorkPanel scheduling={status.scheduling} at={at} /> : null}
      {status.enabled ? <JoinCodePanel /> : null}
    </section>
  );
}

function JoinCodePanel() {
  const { bridge } = useLantern();
  const [code, setCode] = useState<JoinCodeView | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  if (!bridge.joinCode) return null;
  const show = () =>
    bridge.joinCode?.().then(setCode, (error: unknown) => setProblem((error as Error).message));
  return (
    <section className="sync-join" aria-labelledby="sync-join-title">
      <h2 id="sync-join-title">Add a node</h2>
      <p>
        The join code holds the workspace secret: show it only to people who may join this
        workspace.
      </p>
      {code ? (
        <div className="sync-join-code">
          <img src={code.qrDataUrl} alt="Join code as a QR code" width={240} height={240} />
          <div>
            <label htmlFor="join-code-text">Join code</label>
            <textarea id="join-code-text" readOnly rows={4} value={code.code} />
            <p className="sync-fingerprint">
              Certificate fingerprint: <code>{code.fingerprint}</code>
            </p>
            <p>
              On the new node: <code>npm run serve -- --data &lt;dir&gt; --join &lt;code&gt;</code>
            </p>
          </div>
        </div>
      ) : (
        <Button onClick={() => void show()}>Show join code</Button>
      )}
      {problem ? <Banner tone="danger">{problem}</Banner> : null}
    </section>
  );
}
