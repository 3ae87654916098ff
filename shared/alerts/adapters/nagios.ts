import type { AlertSeverity, AlertStatus } from '../../schema/alert.ts';
import type { AlertAdapter } from './adapter.ts';
import {
  AlertPayloadError,
  compact,
  isoTimeAt,
  requireObject,
  severityFrom,
  stableKey,
  textAt,
} from './payload.ts';

const SEVERITIES: Record<string, AlertSeverity> = {
  critical: 'critical',
  down: 'critical',
  unreachable: 'error',
  warning: 'warning',
  unknown: 'warning',
  ok: 'info',
  up: 'info',
};

/**
 * Macro names however a notification command wrote them: `SERVICEDESC`,
 * `$SERVICEDESC$`, `NAGIOS_SERVICEDESC`, `ICINGA_SERVICEDESC`, `servicedesc`,
 * Icinga 2's `service.name` style (`SERVICENAME`).
 */
function macros(body: Record<string, unknown>): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(body).slice(0, 200)) {
    const name = key
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .replace(/^(NAGIOS|ICINGA)/, '');
    const text = textAt(value);
    if (text !== undefined && !/^\$[A-Z]+\$$/.test(text)) found.set(name, text);
  }
  return found;
}

function first(found: Map<string, string>, ...names: string[]): string | undefined {
  for (const name of names) if (found.has(name)) return found.get(name);
  return undefined;
}

function statusOf(type: string | undefined, state: string | undefined): AlertStatus {
  if (type === 'RECOVERY' || state === 'OK' || state === 'UP') return 'resolved';
  if (type === 'ACKNOWLEDGEMENT') return 'acknowledged';
  return 'firing';
}

/**
 * Nagios and Icinga notification macros posted as JSON or form data
 * (`NOTIFICATIONTYPE`, `HOSTNAME`, `HOSTSTATE`, `SERVICEDESC`, `SERVICESTATE`,
 * `SERVICEOUTPUT`, `HOSTOUTPUT`, `TIMET`). A host notification has no service.
 */
export const nagiosAdapter: AlertAdapter = (body, receivedAt) => {
  const found = macros(requireObject(body, ''));
  const host = first(found, 'HOSTNAME', 'HOSTDISPLAYNAME', 'HOSTALIAS');
  if (!host) throw new AlertPayloadError('HOSTNAME', 'is required ($HOSTNAME$)');
  const service = first(found, 'SERVICEDESC', 'SERVICENAME', 'SERVICEDISPLAYNAME');
  const state = (service ? first(found, 'SERVICESTATE') : first(found, 'HOSTSTATE'))?.toUpperCase();
  const type = first(found, 'NOTIFICATIONTYPE')?.toUpperCase();
  const output = service
    ? first(found, 'SERVICEOUTPUT', 'LONGSERVICEOUTPUT')
    : first(found, 'HOSTOUTPUT', 'LONGHOSTOUTPUT');
  const labels: Record<string, string> = { host };
  if (service) labels.service = service;
  if (state) labels.state = state;
  if (type) labels.notificationType = type;
  return {
    kind: 'alerts',
    alerts: [
      compact({
        source: 'nagios',
        sourceEventId: first(found, 'SERVICEPROBLEMID', 'HOSTPROBLEMID')?.slice(0, 256),
        dedupKey: stableKey(host, service),
        status: statusOf(type, state),
        severity: severityFrom(state, SEVERITIES, 'warning'),
        sourceSeverity: state?.slice(0, 256),
        summary:
          `${service ? `${service} on ` : ''}${host} is ${state ?? 'in trouble'}${output ? `: ${output}` : ''}`.slice(
            0,
            1024,
          ),
        service: service?.slice(0, 256),
        component: host.slice(0, 256),
        group: first(found, 'HOSTGROUPNAME', 'SERVICEGROUPNAME')?.slice(0, 256),
        labels,
        startsAt: isoTimeAt(first(found, 'TIMET', 'LONGDATETIME'), receivedAt),
        links: [],
        raw: body,
      }),
    ],
  };
};
