import type { NormalisedAlert } from '../../schema/alert.ts';

/** What one POST to an integration's intake URL carried. */
export type IntakeResult =
  | { kind: 'alerts'; alerts: NormalisedAlert[] }
  /** Amazon SNS asks the endpoint to confirm a subscription before it sends alarms. */
  | { kind: 'subscription-confirmation'; topicArn: string; subscribeUrl: string };

/**
 * A tool's payload to normalised alerts. Pure; throws only
 * `AlertPayloadError` (naming the field) for a payload it cannot read.
 */
export type AlertAdapter = (payload: unknown, receivedAt: string) => IntakeResult;

/** Alerts one request may carry: Alertmanager batches a group; bigger bodies are refused (413) anyway. */
export const MAX_ALERTS_PER_REQUEST = 1000;
