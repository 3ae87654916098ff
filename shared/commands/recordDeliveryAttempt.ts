import { z } from 'zod';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import { requireOutgoing } from '../communications/communicationReads.ts';
import type { CommunicationDoc } from '../schema/communication.ts';
import type { Delivery } from '../communications/deliveries.ts';
import { requireNodeActor, updatedCommunication } from '../communications/messageUpdate.ts';
import type { CommandContext } from './command.ts';
import { defineCommand } from './command.ts';
import { conflict, invalidInput } from './errors.ts';

export const deliveryTarget = z
  .object({ messageId: z.string().min(1).max(64), key: z.string().min(1).max(200) })
  .strict();

/** The message and the delivery a key names, refusing one another node owns. */
export async function ownedDelivery(
  reads: Parameters<typeof requireOutgoing>[0],
  input: { messageId: string; key: string },
  context: CommandContext,
): Promise<{ message: CommunicationDoc; delivery: Delivery }> {
  requireNodeActor(context);
  const message = await requireOutgoing(reads, input.messageId);
  if (message.senderNodeId !== context.nodeId)
    throw conflict(
      `Message ${message.id} is sent by node ${message.senderNodeId ?? '(none)'}, not this one`,
    );
  const delivery = (message.deliveries ?? []).find((d) => d.key === input.key) as
    Delivery | undefined;
  if (!delivery)
    throw invalidInput([{ field: 'key', reason: `no delivery "${input.key}" in ${message.id}` }]);
  return { message, delivery };
}

export function withDelivery<T extends CommunicationDoc>(
  message: T,
  delivery: Delivery,
  context: CommandContext,
): T {
  const deliveries = (message.deliveries ?? []).map((d) => (d.key === delivery.key ? delivery : d));
  return updatedCommunication(message, { deliveries }, context);
}

/**
 * The outbox writes this before it hands a delivery to a channel, so a
 * node killed mid-send restarts knowing the delivery is in doubt (and
 * retries it under the same idempotency key) rather than forgetting it.
 */
export const recordDeliveryAttempt = defineCommand({
  name: 'recordDeliveryAttempt',
  summary: 'Outbox: record that a delivery is being handed to its channel (node only)',
  input: deliveryTarget,
  permission: 'node',
  async plan(reads, input, context) {
    const { message, delivery } = await ownedDelivery(reads, input, context);
    if (delivery.state !== 'queued' && delivery.state !== 'sending')
      throw conflict(`Delivery ${delivery.key} is ${delivery.state}; nothing to attempt`);
    if (message.page && message.page.status !== 'paging')
      throw conflict(`The page was ${message.page.status}; nothing more goes out`);
    const attempt: Delivery = {
      ...delivery,
      state: 'sending',
      attempts: delivery.attempts + 1,
      lastAttemptAt: context.now.toISOString(),
      firstAttemptAt: delivery.firstAttemptAt ?? context.now.toISOString(),
    };
    const updated = withDelivery(message, attempt, context);
    const text = `Attempt ${attempt.attempts} to deliver to ${delivery.recipientName} by ${delivery.channel}${delivery.state === 'sending' ? ' (again: the previous attempt’s result was never recorded)' : ''}`;
    return {
      writes: [
        { kind: 'communications', document: updated },
        communicationLogWrite(
          context,
          { incidentId: message.incidentId, communicationId: message.id },
          'delivery-attempt',
          text,
          {
            deliveryKey: delivery.key,
          },
        ),
      ],
      result: attempt,
    };
  },
});
