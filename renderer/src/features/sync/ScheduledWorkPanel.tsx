import { describeLease, clockTime } from '../../../../shared/scheduling/leaseView.ts';
import { takeoverAfterMs } from '../../../../shared/scheduling/takeoverRule.ts';
import type { SchedulingStatus } from '../../../../shared/sync/syncStatus.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';

/**
 * Who runs scheduled work (escalation steps, exercise releases, the
 * outbox): each node's lease, whether it lapsed, and who took a lost
 * node's work over. Judged by this screen's clock, like the peers' "last seen".
 */
export function ScheduledWorkPanel({
  scheduling,
  at,
}: {
  scheduling: SchedulingStatus | undefined;
  at: Date;
}) {
  const { documents: leases } = useLiveQuery('schedulerLeases', {});
  const nameOf = (id: string) => {
    const lease = leases.find((l) => l.nodeId === id);
    return lease?.nodeName ? `${lease.nodeName} (${id})` : id;
  };
  return (
    <section className="sync-scheduling" aria-labelledby="sync-scheduling-title">
      <h2 id="sync-scheduling-title">Scheduled work</h2>
      {scheduling ? (
        <p data-testid="sync-scheduling-state">
          {scheduling.state === 'running'
            ? 'This node runs its own escalation steps, exercise releases and outbox.'
            : `This node’s lease lapsed${scheduling.catchingUpSince ? ` at ${clockTime(scheduling.catchingUpSince)}` : ''}: it waits to hear from its peers before running its earlier work, which one of them may have taken over.`}{' '}
          A peer takes over a node’s work {Math.round(takeoverAfterMs(scheduling) / 1000)} s after
          its last lease renewal.
        </p>
      ) : null}
      {leases.length === 0 ? (
        <p className="sync-empty">No node has renewed a scheduler lease yet.</p>
      ) : (
        <ul className="sync-leases">
          {leases.map((lease) => {
            const line = describeLease(lease, at, nameOf);
            return (
              <li key={lease.nodeId} className={`lease-${line.state}`}>
                <strong>{line.node}</strong>: {line.text}
                {line.takenOver ? <> — {line.takenOver}</> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
