import { z } from 'zod';
import { cadenceAfterDelivery } from '../communications/cadenceRestart.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import { requireOutgoing } from '../communications/communicationReads.ts';
import type { Delivery } from '../communications/deliveries.ts';
import { requireExternalAuthority, updatedCommunication } from '../communications/messageUpdate.ts';
import { displayNameOf, requireIncident } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { conflict, invalidInput } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const markDeliveredByHandInput = z
  .object({
    messageId: z.string().min(1).max(64),
    key: z.string().min(1).max(200),
    /** How it reached them: "read out on the bridge call", "phoned Maya". */
    how: z.string().trim().min(3, 'say how it was delivered').max(300),
    /** When; defaults to now, never later than the node clock. */
    at: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

/**
 * A person delivered an update the outbox could not (no channel, failed,
 * in doubt, or still queued): who, how and when are recorded, and the
 * audience's cadence restarts from that moment.
 */
export const markDeliveredByHand = defineCommand({
  name: 'markDeliveredByHand',
  summary: 'Record that a person delivered a message by hand (who, how, when)',
  input: markDeliveredByHandInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person')
      throw invalidInput([{ field: 'actor', reason: 'name the person who delivered it' }]);
    const message = await requireOutgoing(reads, input.messageId);
    const incident = await requireIncident(reads, message.incidentId);
    if (message.external) await requireExternalAuthority(reads, incident, context);
    const at = input.at ?? context.now.toISOString();
    if (Date.parse(at) > context.now.getTime())
      throw invalidInput([{ field: 'at', reason: 'is later than now' }]);
    const delivery = (message.deliveries ?? []).find((d) => d.key === input.key) as
      Delivery | undefined;
    if (!delivery)
      throw invalidInput([{ field: 'key', reason: `no delivery "${input.key}" in ${message.id}` }]);
    if (delivery.state === 'delivered' || delivery.state === 'sending')
      throw conflict(`The ${delivery.channel} to ${delivery.recipientName} is ${delivery.state}`);
    const { error: _e, nextAttemptAt: _n, ...rest } = delivery;
    const byHand = { by: context.actor.id, how: input.how, at };
    const delivered: Delivery = { ...rest, state: 'delivered', deliveredAt: at, byHand };
    const deliveries = (message.deliveries ?? []).map((d) =>
      d.key === delivery.key ? delivered : d,
    );
    const updated = updatedCommunication(message, { deliveries }, context);
    const name = await displayNameOf(reads, context.actor.id);
    const text = `${name} delivered the update to ${delivery.recipientName} by hand (${input.how}) at ${at}`;
    const target = { incidentId: message.incidentId, communicationId: message.id };
    return {
      writes: [
        { kind: 'communications', document: updated },
        ...(await cadenceAfterDelivery(reads, message, at, context)),
        communicationLogWrite(context, target, 'delivered-by-hand', text, {
          deliveryKey: delivery.key,
        }),
        timelineWrite(context, message.incidentId, 'system', `Communications: ${text}`),
      ],
      result: updated,
    };
  },
});
