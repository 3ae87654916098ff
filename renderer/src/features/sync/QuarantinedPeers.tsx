import type { QuarantinedPeer } from '../../../../shared/sync/syncStatus.ts';
import { Banner } from '../../ui/Banner.tsx';

/**
 * Peers this node cut off for sending what they may not write (a deletion,
 * a forged audit entry, a clock far ahead…): who, from where, why and until
 * when, so someone can find the machine and fix or remove it.
 */
export function QuarantinedPeers({ peers }: { peers: readonly QuarantinedPeer[] }) {
  if (peers.length === 0) return null;
  return (
    <section className="sync-quarantine" aria-labelledby="sync-quarantine-title">
      <Banner tone="danger" urgent>
        {peers.length === 1 ? 'One peer is' : `${peers.length} peers are`} quarantined: this node
        refuses their changes. Check those machines (a wrong clock, or someone tampering).
      </Banner>
      <h2 id="sync-quarantine-title">Quarantined peers</h2>
      <table className="sync-peers" data-testid="sync-quarantined">
        <thead>
          <tr>
            <th scope="col">Peer</th>
            <th scope="col">Address</th>
            <th scope="col">What it sent</th>
            <th scope="col">Refused until</th>
          </tr>
        </thead>
        <tbody>
          {peers.map((peer) => (
            <tr key={peer.nodeId} className="peer-quarantined">
              <td>
                {peer.name} <span className="sync-node-id">{peer.nodeId}</span>
              </td>
              <td>{peer.address}</td>
              <td>{peer.reason}</td>
              <td>
                <time dateTime={peer.until}>{untilText(peer.until)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The time in UTC, with its zone (every time shown carries its zone). */
function untilText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
