import { z } from 'zod';
import { contentEdited } from '../communications/approval.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import { requireAudience, requireUnsentMessage } from '../communications/communicationReads.ts';
import { communicationContentHash } from '../communications/contentHash.ts';
import { messageLabel, updatedCommunication } from '../communications/messageUpdate.ts';
import { requireOpenIncident } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { conflict } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const editCommunicationInput = z
  .object({
    messageId: z.string().min(1).max(64),
    subject: z.string().trim().min(1, 'write a subject').max(300),
    body: z.string().trim().min(1, 'write the message').max(10000),
  })
  .strict();

/**
 * Change what a draft says. Anyone may edit before it is sent; an edit
 * after approval (or during review) sends it back to every approver,
 * because what is sent must be exactly what was approved.
 */
export const editCommunication = defineCommand({
  name: 'editCommunication',
  summary: 'Edit an unsent update; approvals already given are withdrawn',
  input: editCommunicationInput,
  permission: 'person',
  async plan(reads, input, context) {
    const message = await requireUnsentMessage(reads, input.messageId);
    const incident = await requireOpenIncident(reads, message.incidentId);
    const audience = await requireAudience(reads, message.audienceId);
    const contentHash = await communicationContentHash({
      subject: input.subject,
      body: input.body,
      channels: message.channels ?? [],
      recipients: message.recipients ?? [],
    });
    if (contentHash === message.contentHash)
      throw conflict('Nothing changed: the message already says this');
    const approval = message.approval ? contentEdited(message.approval) : undefined;
    const reset = approval && message.approval?.status !== approval.status;
    const updated = updatedCommunication(
      message,
      { subject: input.subject, body: input.body, contentHash, ...(approval ? { approval } : {}) },
      context,
    );
    const label = messageLabel(updated, audience.name);
    const resetNote =
      reset || message.approval?.status === 'in-review' ? '; approvals start again' : '';
    const target = { incidentId: incident.id, communicationId: message.id };
    return {
      writes: [
        { kind: 'communications', document: updated },
        communicationLogWrite(context, target, 'edited', `Edited ${label}${resetNote}`, {
          contentHash,
        }),
        timelineWrite(
          context,
          incident.id,
          'system',
          `Communications: edited ${label}${resetNote}`,
        ),
      ],
      result: updated,
    };
  },
});
