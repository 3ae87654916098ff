import { z } from 'zod';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import { requireMessage } from '../communications/communicationReads.ts';
import type { Delivery } from '../communications/deliveries.ts';
import { requireExternalAuthority, updatedCommunication } from '../communications/messageUpdate.ts';
import { displayNameOf, requireIncident } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { conflict, invalidInput } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const resolveDeliveryInput = z
  .object({
    messageId: z.string().min(1).max(64),
    key: z.string().min(1).max(200),
    /** resend: queue it again (the recipient did not get it); delivered: they did. */
    resolution: z.enum(['resend', 'delivered']),
  })
  .strict();

/**
 * A person settles a delivery the outbox could not: one left in doubt by a
 * crash, or one that failed (resend after fixing the address or config).
 * For external audiences this is the Communications Lead's call.
 */
export const resolveDelivery = defineCommand({
  name: 'resolveDelivery',
  summary: 'Resend, or mark as delivered, a delivery that is in doubt or failed',
  input: resolveDeliveryInput,
  permission: 'person',
  async plan(reads, input, context) {
    const message = await requireMessage(reads, input.messageId);
    const incident = await requireIncident(reads, message.incidentId);
    if (message.external) await requireExternalAuthority(reads, incident, context);
    const delivery = (message.deliveries ?? []).find((d) => d.key === input.key) as
      Delivery | undefined;
    if (!delivery)
      throw invalidInput([{ field: 'key', reason: `no delivery "${input.key}" in ${message.id}` }]);
    if (delivery.state !== 'in-doubt' && delivery.state !== 'failed')
      throw conflict(
        `Delivery to ${delivery.recipientName} is ${delivery.state}; only in-doubt or failed deliveries are resolved by hand`,
      );
    if (input.resolution === 'delivered' && delivery.state !== 'in-doubt')
      throw conflict('A failed delivery was refused by the provider; resend it instead');
    const now = context.now.toISOString();
    const { error: _e, ...rest } = delivery;
    const resolved: Delivery =
      input.resolution === 'resend'
        ? { ...rest, state: 'queued', nextAttemptAt: now }
        : { ...rest, state: 'delivered', deliveredAt: now };
    const deliveries = (message.deliveries ?? []).map((d) =>
      d.key === delivery.key ? resolved : d,
    );
    const updated = updatedCommunication(message, { deliveries }, context);
    const name = await displayNameOf(reads, context.actor.id);
    const text =
      input.resolution === 'resend'
        ? `${name} queued the ${delivery.channel} to ${delivery.recipientName} to be sent again`
        : `${name} confirmed the ${delivery.channel} to ${delivery.recipientName} was delivered`;
    return {
      writes: [
        { kind: 'communications', document: updated },
        communicationLogWrite(
          context,
          { incidentId: incident.id, communicationId: message.id },
          'delivery-resolved',
          text,
          {
            deliveryKey: delivery.key,
          },
        ),
        timelineWrite(context, incident.id, 'system', `Communications: ${text}`),
      ],
      result: resolved,
    };
  },
});
