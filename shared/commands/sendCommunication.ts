import { z } from 'zod';
import { sendBlocker } from '../communications/approval.ts';
import { restartCadence } from '../communications/cadenceRestart.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import {
  cadenceId,
  requireAudience,
  requireUnsentMessage,
} from '../communications/communicationReads.ts';
import { communicationContentHash } from '../communications/contentHash.ts';
import { planDeliveries } from '../communications/deliveries.ts';
import {
  messageLabel,
  requireExternalAuthority,
  updatedCommunication,
} from '../communications/messageUpdate.ts';
import { displayNameOf, requireOpenIncident } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { conflict } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const sendCommunicationInput = z.object({ messageId: z.string().min(1).max(64) }).strict();

/**
 * Send an update: queue one delivery per recipient and channel in this
 * node's outbox. External statements need the Communications Lead (or the
 * matrix's fallback) and approval of exactly this content. The node that
 * runs this command owns delivering it; exercises deliver nothing.
 */
export const sendCommunication = defineCommand({
  name: 'sendCommunication',
  summary:
    'Send an update through its channels (external: Communications Lead, approved content only)',
  input: sendCommunicationInput,
  permission: 'person',
  async plan(reads, input, context) {
    const message = await requireUnsentMessage(reads, input.messageId);
    const incident = await requireOpenIncident(reads, message.incidentId);
    const audience = await requireAudience(reads, message.audienceId);
    const authority = message.external
      ? await requireExternalAuthority(reads, incident, context)
      : undefined;
    const recipients = message.recipients ?? [];
    if (recipients.length === 0) throw conflict('The message has no recipients');
    const contentHash = await communicationContentHash({
      subject: message.subject ?? '',
      body: message.body ?? '',
      channels: message.channels ?? [],
      recipients,
    });
    if (contentHash !== message.contentHash)
      throw conflict(
        'The stored content does not match its hash; edit the message to re-approve it',
      );
    const blocker = message.approval ? sendBlocker(message.approval, contentHash) : undefined;
    if (blocker) throw conflict(blocker);
    const now = context.now.toISOString();
    const deliveries = planDeliveries(message.id, recipients, { exercise: incident.exercise, now });
    const sent = updatedCommunication(
      message,
      { sentAt: now, sentBy: context.actor.id, senderNodeId: context.nodeId, deliveries },
      context,
    );
    const cadence = await reads.get('communications', cadenceId(incident.id, audience.id));
    const name = authority?.actorName ?? (await displayNameOf(reads, context.actor.id));
    const label = messageLabel(message, audience.name);
    const basis = authority ? ` ${authority.basis}` : '';
    const how = incident.exercise
      ? 'exercise: nothing leaves the node, deliveries suppressed'
      : `${deliveries.length} deliveries queued by ${(message.channels ?? []).join(', ')}`;
    const text = `${name} sent ${label}${basis} (${how})`;
    const target = { incidentId: incident.id, communicationId: message.id };
    return {
      writes: [
        { kind: 'communications', document: sent },
        // An exercise delivers nothing; its cadence restarts on send. A real update's restarts on delivery.
        ...(incident.exercise ? restartCadence(cadence, now, context) : []),
        communicationLogWrite(context, target, 'sent', text, { contentHash }),
        ...(incident.exercise
          ? [
              communicationLogWrite(
                context,
                target,
                'delivery-suppressed',
                `Exercise: ${deliveries.length} deliveries suppressed`,
              ),
            ]
          : []),
        timelineWrite(context, incident.id, 'system', `Communications: ${text}`, {
          starred: message.external ?? false,
        }),
      ],
      result: sent,
    };
  },
});
