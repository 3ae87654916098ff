import type { AlertSeverity, AlertStatus } from '../../schema/alert.ts';
import type { AlertAdapter } from './adapter.ts';
import {
  AlertPayloadError,
  compact,
  isoTimeAt,
  labelsFromTags,
  linksFrom,
  objectAt,
  requireObject,
  severityFrom,
  textAt,
  type Json,
} from './payload.ts';

/** `{EVENT.SEVERITY}` names and `{EVENT.NSEVERITY}` numbers (0 not classified … 5 disaster). */
const SEVERITIES: Record<string, AlertSeverity> = {
  disaster: 'critical',
  '5': 'critical',
  high: 'error',
  '4': 'error',
  average: 'warning',
  '3': 'warning',
  warning: 'warning',
  '2': 'warning',
  information: 'info',
  '1': 'info',
  'not classified': 'info',
  '0': 'info',
};

/** A parameter, unless it is a macro Zabbix left unexpanded (`{EVENT.RECOVERY.ID}` on a problem). */
function param(event: Json, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = textAt(event[name]);
    if (value !== undefined && !/^\{[A-Z0-9._]+\}$/.test(value)) return value;
  }
  return undefined;
}

function statusOf(event: Json): AlertStatus {
  const value = param(event, 'event_value', 'value');
  const recovered =
    value === '0' || /^(resolved|ok|recovery)$/i.test(param(event, 'event_status', 'status') ?? '');
  if (recovered) return 'resolved';
  const acknowledged = param(event, 'event_ack', 'ack')?.toLowerCase() === 'yes';
  const update = param(event, 'event_update_status') === '1';
  if (update && (acknowledged || /acknowledged/i.test(param(event, 'event_update_action') ?? '')))
    return 'acknowledged';
  return 'firing';
}

/** `{EVENT.TAGSJSON}`: `[{ "tag": "service", "value": "payments" }]`, as a string or a list. */
function tagLabels(tags: unknown): Record<string, string> {
  let list: unknown = tags;
  if (typeof tags === 'string' && tags.trim().startsWith('[')) {
    try {
      list = JSON.parse(tags);
    } catch {
      list = [];
    }
  }
  if (!Array.isArray(list)) return labelsFromTags(tags);
  const labels: Record<string, string> = {};
  for (const entry of list.slice(0, 100)) {
    const tag = textAt(objectAt(entry)?.tag, 256);
    if (tag) labels[tag] = textAt(objectAt(entry)?.value) ?? '';
  }
  return labels;
}

/**
 * Zabbix webhook media type: the parameters are the administrator's own,
 * filled from macros. The names of Zabbix's shipped webhook templates are
 * read (`event_id`, `event_name`/`subject`, `message`, `event_severity`,
 * `event_nseverity`, `event_value`, `event_update_status`, `host_name`,
 * `trigger_id`, `event_tags`, `zabbix_url`).
 */
export const zabbixAdapter: AlertAdapter = (body, receivedAt) => {
  const event = requireObject(body, '');
  const eventId = param(event, 'event_id', 'eventid', 'problem_id');
  if (!eventId) throw new AlertPayloadError('event_id', 'is required ({EVENT.ID})');
  const sourceSeverity = param(event, 'event_severity', 'severity', 'event_nseverity', 'nseverity');
  const labels = tagLabels(event.event_tags ?? event.tags);
  const host = param(event, 'host_name', 'host', 'hostname');
  const date = param(event, 'event_date');
  const time = param(event, 'event_time');
  const startsAt = date && time ? `${date.replaceAll('.', '-')}T${time}Z` : event.event_timestamp;
  return {
    kind: 'alerts',
    alerts: [
      compact({
        source: 'zabbix',
        sourceEventId: eventId.slice(0, 256),
        // Recovery and update messages carry the problem's {EVENT.ID}.
        dedupKey: eventId.slice(0, 256),
        status: statusOf(event),
        severity: severityFrom(sourceSeverity, SEVERITIES, 'warning'),
        sourceSeverity,
        summary:
          param(
            event,
            'event_name',
            'alert_subject',
            'subject',
            'trigger_name',
            'alert_message',
            'message',
          ) ?? `Zabbix event ${eventId}`,
        service: labels.service,
        component: host?.slice(0, 256),
        group: param(event, 'host_group', 'hostgroup')?.slice(0, 256),
        class: param(event, 'trigger_id')?.slice(0, 256),
        labels: { ...labels, ...(host ? { host } : {}) },
        startsAt: isoTimeAt(startsAt, receivedAt),
        links: linksFrom([[param(event, 'zabbix_url', 'event_url'), 'Zabbix']]),
        raw: event,
      }),
    ],
  };
};
