/**
 * Alert grouping by service and time, after Alertmanager's `group_wait` and
 * `group_interval`: the first alert of a service opens a group, which is
 * first notified `groupWait` later with every alert that arrived by then;
 * alerts arriving afterwards go out together at the next `groupInterval`
 * tick. A group closes once an interval passes with no new alert; the next
 * alert of that service opens a new group. Pure: the list shows it, and
 * paging can use it.
 */
export interface GroupTimings {
  groupWaitMs: number;
  groupIntervalMs: number;
}

export interface GroupableAlert {
  id: string;
  service?: string | undefined;
  /** When the alert arrived (ms since the epoch). */
  at: number;
}

export interface AlertGroup {
  service: string;
  alertIds: string[];
  openedAt: number;
  /** Notification batches: when each goes out and the alerts new in it. */
  notifications: { at: number; alertIds: string[] }[];
}

/** Alerts without a service are grouped together under this name. */
export const NO_SERVICE = '(no service)';

function addToGroup(group: AlertGroup, alert: GroupableAlert, timings: GroupTimings): void {
  group.alertIds.push(alert.id);
  const first = group.openedAt + timings.groupWaitMs;
  // The first batch at open + wait; later ones on the interval ticks after it.
  const ticks = alert.at <= first ? 0 : Math.ceil((alert.at - first) / timings.groupIntervalMs);
  const at = first + ticks * timings.groupIntervalMs;
  const last = group.notifications.at(-1);
  if (last && last.at === at) last.alertIds.push(alert.id);
  else group.notifications.push({ at, alertIds: [alert.id] });
}

/** Whether an alert arriving at `at` still joins the group (it has not gone quiet). */
function groupOpenAt(group: AlertGroup, at: number, timings: GroupTimings): boolean {
  const lastBatch = group.notifications.at(-1)?.at ?? group.openedAt;
  return at <= lastBatch + timings.groupIntervalMs;
}

/** The groups, in the order they opened; each alert in exactly one group and one batch. */
export function groupAlerts(
  alerts: readonly GroupableAlert[],
  timings: GroupTimings,
): AlertGroup[] {
  const ordered = [...alerts].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const open = new Map<string, AlertGroup>();
  const groups: AlertGroup[] = [];
  for (const alert of ordered) {
    const service = alert.service ?? NO_SERVICE;
    let group = open.get(service);
    if (!group || !groupOpenAt(group, alert.at, timings)) {
      group = { service, alertIds: [], openedAt: alert.at, notifications: [] };
      open.set(service, group);
      groups.push(group);
    }
    addToGroup(group, alert, timings);
  }
  return groups;
}
