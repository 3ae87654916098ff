import type { AlertSeverity, AlertStatus } from '../../schema/alert.ts';
import type { AlertAdapter } from './adapter.ts';
import {
  AlertPayloadError,
  compact,
  isoTimeAt,
  labelsFrom,
  labelsFromTags,
  objectAt,
  requireObject,
  severityFrom,
  stableKey,
  textAt,
  type Json,
} from './payload.ts';

const SEVERITIES: Record<string, AlertSeverity> = {
  p1: 'critical',
  p2: 'error',
  p3: 'warning',
  p4: 'info',
  p5: 'info',
};

/** Outgoing-webhook actions that change an alert's state; the others (notes, tags) repeat it. */
const ACTIONS: Record<string, AlertStatus> = {
  create: 'firing',
  unacknowledge: 'firing',
  acknowledge: 'acknowledged',
  close: 'resolved',
  delete: 'resolved',
};

/**
 * Opsgenie: the Alert API's create request (`message`, `alias`, `priority`,
 * `tags`, `details`, `entity`, `source`) and the outgoing webhook
 * (`action` plus the alert under `alert`).
 */
export const opsgenieAdapter: AlertAdapter = (body, receivedAt) => {
  const envelope = requireObject(body, '');
  const webhook = objectAt(envelope.alert);
  const alert: Json = webhook ?? envelope;
  const action = textAt(envelope.action)?.toLowerCase();
  const message = textAt(alert.message);
  if (!message && !webhook) throw new AlertPayloadError('message', 'an alert needs a message');
  const alias = textAt(alert.alias, 256);
  const sourceSeverity = textAt(alert.priority, 256);
  const details = labelsFrom(objectAt(alert.details));
  const status: AlertStatus = (action ? ACTIONS[action] : undefined) ?? 'firing';
  return {
    kind: 'alerts',
    alerts: [
      compact({
        source: 'opsgenie',
        sourceEventId: textAt(alert.alertId, 256) ?? textAt(alert.tinyId, 256),
        dedupKey: alias ?? textAt(alert.alertId, 256) ?? stableKey(message, textAt(alert.entity)),
        status,
        severity: severityFrom(sourceSeverity, SEVERITIES, 'warning'),
        sourceSeverity,
        summary: message ?? `${action ?? 'update'} ${alias ?? 'alert'}`,
        service: details.service,
        component: textAt(alert.entity, 256),
        group: textAt(alert.source, 256),
        labels: { ...labelsFromTags(alert.tags), ...details },
        startsAt: isoTimeAt(alert.createdAt, receivedAt),
        links: [],
        raw: envelope,
      }),
    ],
  };
};
