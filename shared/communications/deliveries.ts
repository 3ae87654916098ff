import type { Channel, Recipient } from './configSchemas.ts';

/** Every way out of the node: the stakeholder channels plus voice calls and push (pages). */
export type OutboxChannel = Channel | 'voice' | 'push';

/**
 * `in-doubt`: the node stopped after handing a delivery to a channel that
 * cannot drop a repeat (SMTP, a provider without idempotency keys) and
 * before recording its answer. The outbox does not guess: a person checks,
 * then resends or marks it delivered.
 */
export type DeliveryState =
  'queued' | 'sending' | 'delivered' | 'failed' | 'suppressed' | 'in-doubt' | 'stopped';

export interface Delivery {
  key: string;
  recipientId: string;
  recipientName: string;
  channel: OutboxChannel;
  address: string;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt?: string;
  lastAttemptAt?: string;
  firstAttemptAt?: string;
  byHand?: { by: string; how: string; at: string };
  deliveredAt?: string;
  providerId?: string;
  error?: string;
}

/**
 * The idempotency key of one delivery: one message, one recipient, one
 * channel. Providers that honour it (SMS, webhook, status page) drop a
 * repeat; email carries it as the Message-ID.
 */
export function idempotencyKey(
  messageId: string,
  recipientId: string,
  channel: OutboxChannel,
): string {
  return `${messageId}.${channel}.${recipientId}`;
}

/**
 * One delivery per (recipient, channel), never two with the same key.
 * Exercises are suppressed: nothing reaches an external channel.
 */
export function planDeliveries(
  messageId: string,
  recipients: readonly (Omit<Recipient, 'channel'> & { channel: OutboxChannel })[],
  options: { exercise: boolean; now: string },
): Delivery[] {
  const byKey = new Map<string, Delivery>();
  for (const recipient of recipients) {
    const key = idempotencyKey(messageId, recipient.id, recipient.channel);
    if (byKey.has(key)) continue;
    byKey.set(key, {
      key,
      recipientId: recipient.id,
      recipientName: recipient.name,
      channel: recipient.channel,
      address: recipient.address,
      state: options.exercise ? 'suppressed' : 'queued',
      attempts: 0,
      ...(options.exercise ? {} : { nextAttemptAt: options.now }),
    });
  }
  return [...byKey.values()];
}

export const RETRY_BASE_MS = 15_000;
export const RETRY_CAP_MS = 10 * 60_000;

/** Retries stop this long after the first attempt: the delivery fails with the last reason. */
export const RETRY_GIVE_UP_MS = 30 * 60_000;

/** Whether a delivery that failed again has been retried for long enough. */
export function retriesExhausted(delivery: Delivery, now: Date): boolean {
  const first = Date.parse(delivery.firstAttemptAt ?? delivery.lastAttemptAt ?? '');
  return Number.isFinite(first) && now.getTime() - first >= RETRY_GIVE_UP_MS;
}

/** Exponential backoff after the nth failed attempt: 15 s, 30 s, 1 min … capped at 10 min. */
export function retryDelayMs(attempts: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), RETRY_CAP_MS);
}

/** Deliveries the outbox should try now: queued and due, or in doubt after a crash mid-send. */
export function deliveriesDue(deliveries: readonly Delivery[], now: Date): Delivery[] {
  return deliveries.filter(
    (d) =>
      d.state === 'sending' ||
      (d.state === 'queued' && Date.parse(d.nextAttemptAt ?? '') <= now.getTime()),
  );
}

export function isFinished(delivery: Delivery): boolean {
  return (
    delivery.state === 'delivered' ||
    delivery.state === 'failed' ||
    delivery.state === 'suppressed' ||
    delivery.state === 'stopped'
  );
}

/** A message-level summary for lists: "3 delivered, 1 queued". */
export function deliverySummary(deliveries: readonly Delivery[]): Record<DeliveryState, number> {
  const counts: Record<DeliveryState, number> = {
    queued: 0,
    sending: 0,
    delivered: 0,
    failed: 0,
    suppressed: 0,
    'in-doubt': 0,
    stopped: 0,
  };
  for (const d of deliveries) counts[d.state] += 1;
  return counts;
}

/**
 * What a message's deliveries add up to, honestly: sent only once at least
 * one channel accepted it (or a person delivered it by hand).
 */
export type MessageDeliveryStatus =
  'sent' | 'sending' | 'retrying' | 'queued' | 'in-doubt' | 'failed' | 'suppressed' | 'none';

export function messageDeliveryStatus(deliveries: readonly Delivery[]): MessageDeliveryStatus {
  if (deliveries.length === 0) return 'none';
  const counts = deliverySummary(deliveries);
  if (counts.delivered > 0) return 'sent';
  if (counts['in-doubt'] > 0) return 'in-doubt';
  if (counts.sending > 0) return 'sending';
  if (deliveries.some((d) => d.state === 'queued' && d.attempts > 0)) return 'retrying';
  if (counts.queued > 0) return 'queued';
  if (counts.suppressed === deliveries.length) return 'suppressed';
  return 'failed';
}

/** Failed because this node has no channel for it: say so, and offer delivery by hand. */
export const NO_CHANNEL_PREFIX = 'not delivered: no channel configured';
export const isNoChannel = (delivery: Delivery): boolean =>
  delivery.state === 'failed' && (delivery.error ?? '').startsWith(NO_CHANNEL_PREFIX);
