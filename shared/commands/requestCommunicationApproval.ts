import { z } from 'zod';
import { requestApproval } from '../communications/approval.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import { requireAudience, requireUnsentMessage } from '../communications/communicationReads.ts';
import { ApprovalError } from '../communications/errors.ts';
import { messageLabel, updatedCommunication } from '../communications/messageUpdate.ts';
import { requireOpenIncident } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { conflict } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const requestCommunicationApprovalInput = z
  .object({ messageId: z.string().min(1).max(64) })
  .strict();

/** Ask the approver roles (Legal, PR…) to review an external statement. */
export const requestCommunicationApproval = defineCommand({
  name: 'requestCommunicationApproval',
  summary: 'Ask Legal and PR (the approval policy’s roles) to review an external statement',
  input: requestCommunicationApprovalInput,
  permission: 'person',
  async plan(reads, input, context) {
    const message = await requireUnsentMessage(reads, input.messageId);
    const incident = await requireOpenIncident(reads, message.incidentId);
    const audience = await requireAudience(reads, message.audienceId);
    if (!message.approval) throw conflict('This message has no approval to request');
    let approval;
    try {
      approval = requestApproval(message.approval);
    } catch (error) {
      if (error instanceof ApprovalError) throw conflict(error.message);
      throw error;
    }
    const updated = updatedCommunication(message, { approval }, context);
    const who = approval.steps
      .map((s) => s.label)
      .join(approval.mode === 'sequence' ? ' then ' : ' and ');
    const text = `Approval of ${messageLabel(updated, audience.name)} requested from ${who}`;
    const target = { incidentId: incident.id, communicationId: message.id };
    return {
      writes: [
        { kind: 'communications', document: updated },
        communicationLogWrite(context, target, 'approval-requested', text, {
          contentHash: message.contentHash,
        }),
        timelineWrite(context, incident.id, 'system', `Communications: ${text}`),
      ],
      result: updated,
    };
  },
});
