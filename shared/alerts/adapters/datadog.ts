import type { AlertSeverity, AlertStatus } from '../../schema/alert.ts';
import type { AlertAdapter } from './adapter.ts';
import {
  compact,
  firstText,
  isoTimeAt,
  labelsFromTags,
  linksFrom,
  objectAt,
  requireObject,
  severityFrom,
  stableKey,
  type Json,
} from './payload.ts';

/** `$ALERT_PRIORITY` (P1–P5) first, then `$ALERT_TYPE` (error, warning, info, success). */
const SEVERITIES: Record<string, AlertSeverity> = {
  p1: 'critical',
  p2: 'error',
  p3: 'warning',
  p4: 'info',
  p5: 'info',
  error: 'error',
  warning: 'warning',
  info: 'info',
  success: 'info',
};

/** A field under any of the names Datadog's template variables are usually given. */
function field(event: Json, ...names: string[]): string | undefined {
  const found = firstText(event, names);
  // An unexpanded template variable ("$ALERT_ID") means the monitor did not have it.
  return found?.startsWith('$') ? undefined : found;
}

function statusOf(event: Json): AlertStatus {
  const transition = (
    field(event, 'alert_transition', 'transition', 'alert_status', 'status') ?? ''
  ).toLowerCase();
  if (/recover|resolv|\bok\b|success/.test(transition)) return 'resolved';
  if (/acknowledg/.test(transition)) return 'acknowledged';
  if (field(event, 'alert_type')?.toLowerCase() === 'success') return 'resolved';
  return 'firing';
}

/**
 * Datadog webhooks: the payload is the user's own template over `$VARIABLES`,
 * so any shape is taken. The default template (`title`, `body`, `id`,
 * `date`, `last_updated`, `event_type`, `org`) and the common extended
 * fields (`alert_id`, `alert_transition`, `alert_type`, `alert_priority`,
 * `aggreg_key`, `alert_cycle_key`, `tags`, `link`, `hostname`) are read;
 * nested under `alert` or `event` too.
 */
export const datadogAdapter: AlertAdapter = (body, receivedAt) => {
  const outer = requireObject(body, '');
  const event: Json = { ...objectAt(outer.event), ...objectAt(outer.alert), ...outer };
  const title = field(event, 'title', 'event_title', 'alert_title', 'subject');
  const sourceSeverity = field(event, 'alert_priority', 'priority_level', 'alert_type');
  const severity = severityFrom(sourceSeverity, SEVERITIES, 'warning');
  const dedupKey =
    field(event, 'aggreg_key', 'alert_cycle_key', 'alert_id', 'monitor_id') ??
    stableKey(title, field(event, 'hostname', 'host'));
  const labels = labelsFromTags(event.tags);
  return {
    kind: 'alerts',
    alerts: [
      compact({
        source: 'datadog',
        sourceEventId: field(event, 'id', 'event_id'),
        dedupKey: dedupKey.slice(0, 256),
        status: statusOf(event),
        severity,
        sourceSeverity,
        summary: title ?? field(event, 'body', 'event_msg', 'message', 'text') ?? 'Datadog alert',
        service: labels.service ?? field(event, 'service'),
        component: field(event, 'hostname', 'host'),
        group: labels.team ?? labels.env,
        class: field(event, 'alert_metric', 'metric', 'event_type'),
        labels,
        startsAt: isoTimeAt(event.date ?? event.last_updated, receivedAt),
        links: linksFrom([[field(event, 'link', 'url', 'alert_url'), 'Datadog']]),
        raw: outer,
      }),
    ],
  };
};
