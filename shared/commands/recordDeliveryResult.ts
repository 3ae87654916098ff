import { z } from 'zod';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import { requireAudience } from '../communications/communicationReads.ts';
import {
  deliverySummary,
  isFinished,
  retriesExhausted,
  retryDelayMs,
  RETRY_GIVE_UP_MS,
  type Delivery,
} from '../communications/deliveries.ts';
import { cadenceAfterDelivery } from '../communications/cadenceRestart.ts';
import { messageLabel } from '../communications/messageUpdate.ts';
import { pageOutcomeWrites } from '../paging/pageOutcome.ts';
import { defineCommand, type DocumentWrite } from './command.ts';
import { conflict } from './errors.ts';
import { ownedDelivery, withDelivery } from './recordDeliveryAttempt.ts';
import { timelineWrite } from './timelineEntry.ts';

export const recordDeliveryResultInput = z
  .object({
    messageId: z.string().min(1).max(64),
    key: z.string().min(1).max(200),
    /**
     * delivered; retry (a temporary failure: queued again with backoff);
     * failed (permanent); in-doubt (found mid-send after a crash, on a
     * channel that cannot deduplicate: a person decides).
     */
    outcome: z.enum(['delivered', 'retry', 'failed', 'in-doubt']),
    providerId: z.string().max(200).optional(),
    error: z.string().max(1000).optional(),
  })
  .strict();

const LOG_ACTION = {
  delivered: 'delivered',
  retry: 'delivery-retry',
  failed: 'delivery-failed',
  'in-doubt': 'delivery-in-doubt',
} as const;
const IN_DOUBT =
  'the node stopped after handing it over and before recording the answer: check with the recipient, then resend or mark it delivered';

/** The outbox records what the channel said; the last delivery to finish puts the outcome on the timeline. */
export const recordDeliveryResult = defineCommand({
  name: 'recordDeliveryResult',
  summary: 'Outbox: record a delivery’s result — delivered, retry later, or failed (node only)',
  input: recordDeliveryResultInput,
  permission: 'node',
  async plan(reads, input, context) {
    const { message, delivery } = await ownedDelivery(reads, input, context);
    if (delivery.state !== 'sending')
      throw conflict(`Delivery ${delivery.key} is ${delivery.state}, not being sent`);
    const now = context.now.toISOString();
    const base = { ...delivery };
    delete base.error;
    delete base.nextAttemptAt;
    // Retrying forever hides a page nobody gets: after a bounded time the delivery fails, with the reason.
    const outcome =
      input.outcome === 'retry' && retriesExhausted(delivery, context.now)
        ? 'failed'
        : input.outcome;
    const error =
      outcome !== input.outcome
        ? `gave up after ${RETRY_GIVE_UP_MS / 60_000} min of retries: ${input.error ?? 'temporary failure'}`
        : input.error;
    const result: Delivery =
      outcome === 'delivered'
        ? {
            ...base,
            state: 'delivered',
            deliveredAt: now,
            ...(input.providerId ? { providerId: input.providerId } : {}),
          }
        : outcome === 'retry'
          ? {
              ...base,
              state: 'queued',
              nextAttemptAt: new Date(
                context.now.getTime() + retryDelayMs(delivery.attempts),
              ).toISOString(),
              error: (error ?? 'temporary failure').slice(0, 1000),
            }
          : outcome === 'in-doubt'
            ? { ...base, state: 'in-doubt', error: IN_DOUBT }
            : { ...base, state: 'failed', error: (error ?? 'failed').slice(0, 1000) };
    const updated = withDelivery(message, result, context);
    const what =
      outcome === 'delivered'
        ? `Delivered to ${delivery.recipientName} by ${delivery.channel}${input.providerId ? ` (${input.providerId})` : ''}`
        : outcome === 'retry'
          ? `Could not deliver to ${delivery.recipientName} by ${delivery.channel} (${result.error}); retrying at ${result.nextAttemptAt}`
          : outcome === 'in-doubt'
            ? `Delivery to ${delivery.recipientName} by ${delivery.channel} is in doubt: ${IN_DOUBT}`
            : `Delivery to ${delivery.recipientName} by ${delivery.channel} failed: ${result.error}`;
    const target = { incidentId: message.incidentId, communicationId: message.id };
    const writes: DocumentWrite[] = [
      { kind: 'communications', document: updated },
      communicationLogWrite(context, target, LOG_ACTION[outcome], what, {
        deliveryKey: delivery.key,
      }),
    ];
    if (outcome === 'delivered')
      writes.push(...(await cadenceAfterDelivery(reads, message, now, context)));
    if (message.kind === 'page') {
      writes.push(...(await pageOutcomeWrites(reads, context, updated, result)));
      return { writes, result };
    }
    if (outcome === 'in-doubt')
      writes.push(
        timelineWrite(context, message.incidentId, 'system', `Communications: ${what}`, {
          starred: true,
        }),
      );
    const all = (updated.deliveries ?? []) as Delivery[];
    if (outcome !== 'retry' && all.every(isFinished)) {
      const audience = await requireAudience(reads, message.audienceId).catch(() => undefined);
      const counts = deliverySummary(all);
      const failed = counts.failed > 0 ? `, ${counts.failed} failed` : '';
      writes.push(
        timelineWrite(
          context,
          message.incidentId,
          'system',
          `Communications: ${messageLabel(message, audience?.name ?? message.audienceId)} delivered to ${counts.delivered} of ${all.length} recipients${failed}`,
        ),
      );
    }
    return { writes, result };
  },
});
