import type { AlertSeverity, AlertSource, NormalisedAlert } from '../../schema/alert.ts';
import { MAX_ALERTS_PER_REQUEST, type AlertAdapter } from './adapter.ts';
import {
  AlertPayloadError,
  compact,
  firstText,
  isoTimeAt,
  labelSetKey,
  labelsFrom,
  linksFrom,
  objectAt,
  optionalIsoTime,
  requireObject,
  severityFrom,
  textAt,
  type Json,
} from './payload.ts';

/** The `severity` label's usual words (Prometheus and Grafana rules set them freely). */
const LABEL_SEVERITIES: Record<string, AlertSeverity> = {
  critical: 'critical',
  crit: 'critical',
  page: 'critical',
  p1: 'critical',
  high: 'error',
  error: 'error',
  major: 'error',
  p2: 'error',
  warning: 'warning',
  warn: 'warning',
  medium: 'warning',
  p3: 'warning',
  minor: 'warning',
  low: 'info',
  info: 'info',
  informational: 'info',
  none: 'info',
  p4: 'info',
  p5: 'info',
};

function readAlert(
  source: AlertSource,
  alert: Json,
  envelope: Json,
  field: string,
  receivedAt: string,
): NormalisedAlert {
  const labels = labelsFrom(objectAt(alert.labels));
  const annotations = labelsFrom(objectAt(alert.annotations));
  if (Object.keys(labels).length === 0 && !textAt(alert.fingerprint))
    throw new AlertPayloadError(`${field}.labels`, 'an alert needs labels or a fingerprint');
  const status = textAt(alert.status) ?? textAt(envelope.status);
  const sourceSeverity = labels.severity ?? labels.priority;
  const links = linksFrom([
    [textAt(alert.generatorURL, 2048), 'Source'],
    [textAt(alert.dashboardURL, 2048), 'Dashboard'],
    [textAt(alert.panelURL, 2048), 'Panel'],
    [textAt(alert.silenceURL, 2048), 'Silence'],
    [annotations.runbook_url, 'Runbook'],
  ]);
  const endsAt = status === 'resolved' ? optionalIsoTime(alert.endsAt) : undefined;
  return compact({
    source,
    sourceEventId: textAt(alert.fingerprint, 256),
    dedupKey: textAt(alert.fingerprint, 256) ?? labelSetKey(labels),
    status: status === 'resolved' ? 'resolved' : 'firing',
    severity: severityFrom(sourceSeverity, LABEL_SEVERITIES, 'warning'),
    sourceSeverity,
    summary:
      firstText(annotations, ['summary', 'description', 'message']) ??
      labels.alertname ??
      'Alert without a name',
    service: labels.service ?? labels.job,
    component: labels.instance ?? labels.component,
    group: labels.cluster ?? labels.namespace ?? labels.team,
    class: labels.alertname,
    labels: source === 'grafana' ? withValues(labels, alert) : labels,
    startsAt: isoTimeAt(alert.startsAt, receivedAt),
    endsAt,
    links,
    raw: alert,
  });
}

/** Grafana adds the evaluated query values (`values`, `valueString`): kept as labels for routing. */
function withValues(labels: Record<string, string>, alert: Json): Record<string, string> {
  const values = labelsFrom(objectAt(alert.values));
  const valueString = textAt(alert.valueString);
  const merged = { ...labels };
  for (const [key, value] of Object.entries(values)) merged[`value:${key}`] = value;
  if (valueString) merged.valueString = valueString;
  return merged;
}

function envelopeAdapter(source: AlertSource): AlertAdapter {
  return (payload, receivedAt) => {
    const envelope = requireObject(payload, '');
    const alerts = envelope.alerts;
    if (!Array.isArray(alerts))
      throw new AlertPayloadError('alerts', 'must be a list of alerts (webhook version 4)');
    if (alerts.length > MAX_ALERTS_PER_REQUEST)
      throw new AlertPayloadError('alerts', `at most ${MAX_ALERTS_PER_REQUEST} alerts per request`);
    return {
      kind: 'alerts',
      alerts: alerts.map((alert, index) =>
        readAlert(
          source,
          requireObject(alert, `alerts.${index}`),
          envelope,
          `alerts.${index}`,
          receivedAt,
        ),
      ),
    };
  };
}

/** Prometheus Alertmanager webhook, version 4 (`webhook_config`). */
export const alertmanagerAdapter = envelopeAdapter('alertmanager');

/** Grafana unified alerting webhook: Alertmanager's envelope plus `orgId`, `values` and links. */
export const grafanaAdapter = envelopeAdapter('grafana');
