import type { AlertSeverity, AlertStatus } from '../../schema/alert.ts';
import type { AlertAdapter } from './adapter.ts';
import {
  AlertPayloadError,
  compact,
  isoTimeAt,
  labelsFrom,
  linksFrom,
  objectAt,
  requireObject,
  severityFrom,
  stableKey,
  textAt,
} from './payload.ts';

const ACTIONS: Record<string, AlertStatus> = {
  trigger: 'firing',
  acknowledge: 'acknowledged',
  resolve: 'resolved',
};

/** PD-CEF's scale is the normalised one. */
const SEVERITIES: Record<string, AlertSeverity> = {
  critical: 'critical',
  error: 'error',
  warning: 'warning',
  info: 'info',
};

/**
 * PagerDuty Events API v2 (`POST /v2/enqueue` body): `event_action` trigger,
 * acknowledge or resolve; `dedup_key` ties them together; a trigger carries
 * the PD-CEF `payload` (summary, source, severity, timestamp, component,
 * group, class, custom_details).
 */
export const pagerdutyAdapter: AlertAdapter = (body, receivedAt) => {
  const event = requireObject(body, '');
  const action = textAt(event.event_action)?.toLowerCase();
  const status = action ? ACTIONS[action] : undefined;
  if (!status)
    throw new AlertPayloadError('event_action', 'must be "trigger", "acknowledge" or "resolve"');
  const payload = objectAt(event.payload);
  const dedupKey = textAt(event.dedup_key, 256);
  if (status !== 'firing' && !dedupKey)
    throw new AlertPayloadError('dedup_key', `is required to ${action} an alert`);
  const summary = textAt(payload?.summary);
  if (status === 'firing' && !summary)
    throw new AlertPayloadError('payload.summary', 'a trigger needs a summary');
  const sourceSeverity = textAt(payload?.severity, 256);
  const customDetails = objectAt(payload?.custom_details);
  const links = Array.isArray(event.links) ? event.links : [];
  return {
    kind: 'alerts',
    alerts: [
      compact({
        source: 'pagerduty',
        sourceEventId: dedupKey,
        dedupKey: dedupKey ?? stableKey(summary, textAt(payload?.source)),
        status,
        severity: severityFrom(sourceSeverity, SEVERITIES, 'warning'),
        sourceSeverity,
        summary: summary ?? `${action} ${dedupKey}`,
        service: textAt(customDetails?.service, 256),
        component: textAt(payload?.component, 256),
        group: textAt(payload?.group, 256),
        class: textAt(payload?.class, 256),
        labels: {
          ...labelsFrom(customDetails),
          ...(textAt(payload?.source) ? { source: textAt(payload?.source) ?? '' } : {}),
        },
        startsAt: isoTimeAt(payload?.timestamp, receivedAt),
        links: linksFrom([
          ...links.map(
            (link) => [textAt(objectAt(link)?.href, 2048), textAt(objectAt(link)?.text)] as const,
          ),
          [textAt(event.client_url, 2048), textAt(event.client)],
        ]),
        raw: event,
      }),
    ],
  };
};
