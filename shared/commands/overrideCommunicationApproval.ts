import { z } from 'zod';
import { overrideApproval } from '../communications/approval.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import { requireAudience, requireUnsentMessage } from '../communications/communicationReads.ts';
import { ApprovalError } from '../communications/errors.ts';
import {
  EXTERNAL_DECISION,
  messageLabel,
  requireExternalAuthority,
  updatedCommunication,
} from '../communications/messageUpdate.ts';
import { decisionWrite } from '../framework/decisionRecord.ts';
import { requireOpenIncident } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { conflict } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const overrideCommunicationApprovalInput = z
  .object({
    messageId: z.string().min(1).max(64),
    justification: z
      .string()
      .trim()
      .min(10, 'say why the statement cannot wait for approval')
      .max(2000),
  })
  .strict();

/**
 * Emergency override: approve an external statement without Legal and PR,
 * only on the authority the decision-authority matrix gives for engaging
 * external communications. The decision log keeps the justification.
 */
export const overrideCommunicationApproval = defineCommand({
  name: 'overrideCommunicationApproval',
  summary:
    'Approve an external statement in an emergency without Legal and PR, with a recorded justification',
  input: overrideCommunicationApprovalInput,
  permission: 'person',
  stepUp: 'override a Legal/PR approval',
  async plan(reads, input, context) {
    const message = await requireUnsentMessage(reads, input.messageId);
    const incident = await requireOpenIncident(reads, message.incidentId);
    const audience = await requireAudience(reads, message.audienceId);
    const authority = await requireExternalAuthority(reads, incident, context);
    if (!message.approval) throw conflict('This message has no approval to override');
    let approval;
    try {
      approval = overrideApproval(message.approval, message.contentHash ?? '');
    } catch (error) {
      if (error instanceof ApprovalError) throw conflict(error.message);
      throw error;
    }
    const label = messageLabel(message, audience.name);
    const decision = decisionWrite(
      context,
      incident.id,
      EXTERNAL_DECISION,
      {
        summary: `Emergency override of Legal/PR approval for ${label}`.slice(0, 2000),
        rationale: input.justification,
      },
      authority.ruling,
    );
    const updated = updatedCommunication(message, { approval }, context);
    const text = `${authority.actorName} overrode approval of ${label} ${authority.basis}. Justification: ${input.justification}`;
    const target = { incidentId: incident.id, communicationId: message.id };
    return {
      writes: [
        { kind: 'communications', document: updated },
        decision,
        communicationLogWrite(context, target, 'approval-overridden', text, {
          contentHash: message.contentHash,
          comment: input.justification,
        }),
        timelineWrite(context, incident.id, 'decision', `Communications: ${text}`, {
          starred: true,
        }),
      ],
      result: updated,
    };
  },
});
