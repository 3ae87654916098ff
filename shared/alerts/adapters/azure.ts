import type { AlertSeverity } from '../../schema/alert.ts';
import type { AlertAdapter } from './adapter.ts';
import {
  AlertPayloadError,
  compact,
  isoTimeAt,
  labelsFrom,
  objectAt,
  optionalIsoTime,
  requireObject,
  severityFrom,
  stableKey,
  textAt,
} from './payload.ts';

/** Azure Monitor's Sev0 (critical) … Sev4 (verbose). */
const SEVERITIES: Record<string, AlertSeverity> = {
  sev0: 'critical',
  sev1: 'error',
  sev2: 'warning',
  sev3: 'info',
  sev4: 'info',
};

/**
 * Azure Monitor common alert schema (`schemaId: azureMonitorCommonAlertSchema`):
 * `data.essentials` is the same for every signal type (metric, log, activity
 * log); `alertContext` differs per type and is kept in `raw` only.
 */
export const azureAdapter: AlertAdapter = (body, receivedAt) => {
  const envelope = requireObject(body, '');
  const data = requireObject(envelope.data, 'data');
  const essentials = requireObject(data.essentials, 'data.essentials');
  const condition = textAt(essentials.monitorCondition)?.toLowerCase();
  if (condition !== 'fired' && condition !== 'resolved')
    throw new AlertPayloadError('data.essentials.monitorCondition', 'must be Fired or Resolved');
  const rule = textAt(essentials.alertRule, 256);
  const sourceSeverity = textAt(essentials.severity, 256);
  const custom = labelsFrom(objectAt(data.customProperties));
  const targets = Array.isArray(essentials.configurationItems) ? essentials.configurationItems : [];
  return {
    kind: 'alerts',
    alerts: [
      compact({
        source: 'azure',
        sourceEventId: textAt(essentials.originAlertId, 256),
        dedupKey: textAt(essentials.alertId, 256) ?? stableKey(rule, String(targets[0] ?? '')),
        status: condition === 'fired' ? 'firing' : 'resolved',
        severity: severityFrom(sourceSeverity, SEVERITIES, 'warning'),
        sourceSeverity,
        summary: textAt(essentials.description) ?? rule ?? 'Azure Monitor alert',
        service: custom.service,
        component: textAt(targets[0], 256),
        group: textAt(essentials.monitoringService, 256),
        class: textAt(essentials.signalType, 256),
        labels: {
          ...custom,
          ...labelsFrom({
            alertRule: rule,
            signalType: essentials.signalType,
            monitoringService: essentials.monitoringService,
          }),
        },
        startsAt: isoTimeAt(essentials.firedDateTime, receivedAt),
        endsAt: condition === 'resolved' ? optionalIsoTime(essentials.resolvedDateTime) : undefined,
        links: [],
        raw: envelope,
      }),
    ],
  };
};
