import type { Channel, Recipient } from './configSchemas.ts';

/**
 * `in-doubt`: the node stopped after handing a delivery to a channel that
 * cannot drop a repeat (SMTP, a provider without idempotency keys) and
 * before recording its answer. The outbox does not guess: a person checks,
 * then resends or marks it delivered.
 */
export type DeliveryState =
  'queued' | 'sending' | 'delivered' | 'failed' | 'suppressed' | 'in-doubt';

export interface Delivery {
  key: string;
  recipientId: string;
  recipientName: string;
  channel: Channel;
  address: string;
  state: DeliveryState;
  attempts: number;
  nextAttemptAt?: string;
  lastAttemptAt?: string;
  deliveredAt?: string;
  providerId?: string;
  error?: string;
}

/**
 * The idempotency key of one delivery: one message, one recipient, one
 * channel. Providers that honour it (SMS, webhook, status page) drop a
 * repeat; email carries it as the Message-ID.
 */
export function idempotencyKey(messageId: string, recipientId: string, channel: Channel): string {
  return `${messageId}.${channel}.${recipientId}`;
}

/**
 * One delivery per (recipient, channel), never two with the same key.
 * Exercises are suppressed: nothing reaches an external channel.
 */
export function planDeliveries(
  messageId: string,
  recipients: readonly Recipient[],
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
    delivery.state === 'delivered' || delivery.state === 'failed' || delivery.state === 'suppressed'
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
  };
  for (const d of deliveries) counts[d.state] += 1;
  return counts;
}
