import type { AlertStatus, NormalisedAlert } from '../../schema/alert.ts';
import type { AlertAdapter } from './adapter.ts';
import {
  AlertPayloadError,
  compact,
  isoTimeAt,
  labelsFrom,
  objectAt,
  requireObject,
  stableKey,
  textAt,
  type Json,
} from './payload.ts';

const STATES: Record<string, AlertStatus> = {
  ALARM: 'firing',
  INSUFFICIENT_DATA: 'firing',
  OK: 'resolved',
};

function parseMessage(message: string): Json | undefined {
  try {
    return objectAt(JSON.parse(message));
  } catch {
    return undefined;
  }
}

/** Dimensions `[{ name, value }]` as labels (CloudWatch's own way of naming what is measured). */
function dimensionLabels(trigger: Json | undefined): Record<string, string> {
  const labels: Record<string, string> = {};
  const dimensions = Array.isArray(trigger?.Dimensions) ? trigger.Dimensions : [];
  for (const dimension of dimensions.slice(0, 30)) {
    const name = textAt(objectAt(dimension)?.name, 256);
    const value = textAt(objectAt(dimension)?.value);
    if (name && value) labels[name] = value;
  }
  return labels;
}

function alarmAlert(alarm: Json, envelope: Json, receivedAt: string): NormalisedAlert {
  const state = textAt(alarm.NewStateValue)?.toUpperCase();
  const status = state ? STATES[state] : undefined;
  if (!status)
    throw new AlertPayloadError('Message.NewStateValue', 'must be ALARM, OK or INSUFFICIENT_DATA');
  const trigger = objectAt(alarm.Trigger);
  const name = textAt(alarm.AlarmName, 256);
  const labels = {
    ...dimensionLabels(trigger),
    ...labelsFrom({ region: alarm.Region, account: alarm.AWSAccountId, state }),
  };
  return compact({
    source: 'cloudwatch',
    sourceEventId: textAt(envelope.MessageId, 256),
    dedupKey: textAt(alarm.AlarmArn, 256) ?? stableKey(name, textAt(alarm.Region)),
    status,
    // CloudWatch has no severity: an alarm is an error, missing data a warning.
    severity: state === 'INSUFFICIENT_DATA' ? 'warning' : 'error',
    sourceSeverity: state,
    summary: name ?? textAt(envelope.Subject) ?? 'CloudWatch alarm',
    service: labels.ServiceName ?? labels.Service ?? labels.service,
    component: textAt(trigger?.MetricName, 256),
    group: textAt(trigger?.Namespace, 256),
    class: textAt(trigger?.MetricName, 256),
    labels: {
      ...labels,
      ...(textAt(alarm.NewStateReason) ? { reason: textAt(alarm.NewStateReason) ?? '' } : {}),
    },
    startsAt: isoTimeAt(alarm.StateChangeTime ?? envelope.Timestamp, receivedAt),
    links: [],
    raw: envelope,
  });
}

/** A Message that is not an alarm (another SNS publisher): its text is the alert. */
function plainMessageAlert(message: string, envelope: Json, receivedAt: string): NormalisedAlert {
  return compact({
    source: 'cloudwatch',
    sourceEventId: textAt(envelope.MessageId, 256),
    dedupKey: textAt(envelope.MessageId, 256) ?? stableKey(message),
    status: 'firing',
    severity: 'warning',
    summary: textAt(envelope.Subject) ?? message.slice(0, 1024),
    labels: labelsFrom({ topic: envelope.TopicArn }),
    startsAt: isoTimeAt(envelope.Timestamp, receivedAt),
    links: [],
    raw: envelope,
  });
}

/**
 * Amazon CloudWatch alarms through an SNS HTTP(S) subscription. The SNS
 * envelope's `Message` is the alarm as a JSON string. A
 * `SubscriptionConfirmation` asks the endpoint to visit `SubscribeURL`;
 * signature checks are the node's job (electron/core/alerts/snsSignature.ts).
 */
export const cloudwatchAdapter: AlertAdapter = (body, receivedAt) => {
  const envelope = requireObject(body, '');
  const type = textAt(envelope.Type);
  if (type === 'SubscriptionConfirmation' || type === 'UnsubscribeConfirmation') {
    const subscribeUrl = textAt(envelope.SubscribeURL, 2048);
    if (!subscribeUrl || !/^https:\/\//.test(subscribeUrl))
      throw new AlertPayloadError('SubscribeURL', 'must be the https URL SNS sends');
    return {
      kind: 'subscription-confirmation',
      subscribeUrl,
      topicArn: textAt(envelope.TopicArn) ?? '',
    };
  }
  if (type !== 'Notification')
    throw new AlertPayloadError('Type', 'must be Notification or SubscriptionConfirmation');
  const message = typeof envelope.Message === 'string' ? envelope.Message : undefined;
  if (!message) throw new AlertPayloadError('Message', 'must be the alarm as a JSON string');
  const alarm = parseMessage(message);
  return {
    kind: 'alerts',
    alerts: [
      alarm && 'NewStateValue' in alarm
        ? alarmAlert(alarm, envelope, receivedAt)
        : plainMessageAlert(message, envelope, receivedAt),
    ],
  };
};
