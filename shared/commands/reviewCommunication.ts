import { z } from 'zod';
import { reviewApproval } from '../communications/approval.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import { requireAudience, requireUnsentMessage } from '../communications/communicationReads.ts';
import { ApprovalError } from '../communications/errors.ts';
import { messageLabel, updatedCommunication } from '../communications/messageUpdate.ts';
import { storedDefinition } from '../framework/frameworkReads.ts';
import { displayNameOf, requireOpenIncident } from '../framework/references.ts';
import { requireStepUp } from '../access/stepUp.ts';
import { defineCommand } from './command.ts';
import { conflict, forbidden } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const reviewCommunicationFields = z
  .object({
    messageId: z.string().min(1).max(64),
    /** The approver role acted for: "legal", "pr". */
    role: z.string().min(1).max(64),
    action: z.enum(['comment', 'request-changes', 'approve']),
    comment: z.string().trim().max(5000).optional(),
  })
  .strict();

export const reviewCommunicationInput = reviewCommunicationFields.refine(
  (r) => r.action === 'approve' || (r.comment ?? '').length > 0,
  {
    path: ['comment'],
    message: 'say what should change (or what the comment is)',
  },
);

const ACTION_LOG = {
  comment: 'commented',
  'request-changes': 'changes-requested',
  approve: 'approved',
} as const;
const ACTION_WORDS = {
  comment: 'commented on',
  'request-changes': 'requested changes to',
  approve: 'approved',
} as const;

/**
 * An approver's review of an external statement, for one approver role:
 * comment, request changes, or approve. Only members of the role's teams
 * (or people it names) may act for it; in sequence, each role waits its turn.
 */
export const reviewCommunication = defineCommand({
  name: 'reviewCommunication',
  summary: 'Comment on, request changes to, or approve an external statement as Legal or PR',
  input: reviewCommunicationInput,
  permission: 'person',
  stepUpWhen: 'approving',
  async plan(reads, input, context) {
    const message = await requireUnsentMessage(reads, input.messageId);
    const incident = await requireOpenIncident(reads, message.incidentId);
    const audience = await requireAudience(reads, message.audienceId);
    const approval = message.approval;
    if (!approval || approval.status === 'not-required')
      throw conflict('This message is internal and needs no approval');
    const policyDoc = await reads.get('frameworks', `approval-${approval.policyId}`);
    if (!policyDoc)
      throw conflict(`The approval policy "${approval.policyId}" is no longer adopted`);
    const policy = storedDefinition('approvalPolicy', policyDoc);
    const role = policy.approvers.find((a) => a.id === input.role);
    if (!role) throw conflict(`"${input.role}" is not an approver role of this message`);
    const person = await reads.get('people', context.actor.id);
    const eligible =
      context.actor.kind === 'person' &&
      (role.personIds.includes(context.actor.id) ||
        (person?.teamId !== undefined && role.teamIds.includes(person.teamId)));
    if (!eligible)
      throw forbidden(
        `Only ${role.label} may review for ${role.label}: members of ${role.teamIds.join(', ') || 'the named approvers'}`,
      );
    if (input.action === 'approve')
      requireStepUp(context, `approve this statement as ${role.label}`);
    let next;
    try {
      next = reviewApproval(approval, {
        role: role.id,
        action: input.action,
        by: context.actor.id,
        at: context.now.toISOString(),
        contentHash: message.contentHash ?? '',
      });
    } catch (error) {
      if (error instanceof ApprovalError) throw conflict(error.message);
      throw error;
    }
    const updated =
      input.action === 'comment'
        ? message
        : updatedCommunication(message, { approval: next }, context);
    const name = await displayNameOf(reads, context.actor.id);
    const label = messageLabel(message, audience.name);
    const comment = input.comment ? `: “${input.comment}”` : '';
    const done = next.status === 'approved' ? ' — fully approved, ready to send' : '';
    const text = `${name} (${role.label}) ${ACTION_WORDS[input.action]} ${label}${comment}${done}`;
    const target = { incidentId: incident.id, communicationId: message.id };
    return {
      writes: [
        ...(input.action === 'comment'
          ? []
          : [{ kind: 'communications' as const, document: updated }]),
        communicationLogWrite(context, target, ACTION_LOG[input.action], text, {
          role: role.id,
          contentHash: message.contentHash,
          ...(input.comment ? { comment: input.comment } : {}),
        }),
        timelineWrite(context, incident.id, 'system', `Communications: ${text}`),
      ],
      result: updated,
    };
  },
});
