import type { AlertDoc } from '../../../../shared/schema/alert.ts';
import { groupAlerts, type GroupTimings } from '../../../../shared/alerts/grouping.ts';
import { formatAlertTime } from './alertFilters.ts';

/** Alertmanager's defaults: 30 s to gather a group's first batch, 5 min between later ones. */
export const LIST_GROUP_TIMINGS: GroupTimings = { groupWaitMs: 30_000, groupIntervalMs: 300_000 };

/** The listed alerts grouped by service and arrival (newest group first). */
export function AlertGroups({ alerts }: { alerts: readonly AlertDoc[] }) {
  const groups = groupAlerts(
    alerts.map((alert) => ({
      id: alert.id,
      service: alert.service,
      at: Date.parse(alert.firstSeenAt),
    })),
    LIST_GROUP_TIMINGS,
  ).reverse();
  return (
    <table className="alert-table" aria-label="Alert groups">
      <caption>
        {groups.length} groups by service (wait 30 s, interval 5 min) of the listed alerts
      </caption>
      <thead>
        <tr>
          <th>Service</th>
          <th>Alerts</th>
          <th>Opened</th>
          <th>Batches</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={`${group.service}-${group.openedAt}`}>
            <td>{group.service}</td>
            <td>{group.alertIds.length}</td>
            <td>{formatAlertTime(new Date(group.openedAt).toISOString())}</td>
            <td>{group.notifications.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
