import { z } from 'zod';
import { displayNameOf } from '../framework/references.ts';
import {
  briefIdField,
  requireBrief,
  requireOutgoingLead,
  updatedBrief,
} from '../handoffs/briefCommandSupport.ts';
import { briefReference, requireStep } from '../handoffs/handoffMachine.ts';
import { defineCommand } from './command.ts';
import { timelineWrite } from './timelineEntry.ts';

export const withdrawHandoffBriefInput = z
  .object({ briefId: briefIdField, reason: z.string().trim().max(2000).optional() })
  .strict();

/** The outgoing lead withdraws a draft or submitted brief; it stays in the history. */
export const withdrawHandoffBrief = defineCommand({
  name: 'withdrawHandoffBrief',
  summary: 'Withdraw a draft or submitted handoff brief (outgoing lead only)',
  input: withdrawHandoffBriefInput,
  permission: 'person',
  async plan(reads, input, context) {
    const brief = await requireBrief(reads, input.briefId);
    const reference = briefReference(brief);
    await requireOutgoingLead(reads, brief, context, 'withdraw');
    requireStep(brief, 'withdraw', reference);
    const withdrawn = updatedBrief(
      brief,
      {
        status: 'withdrawn',
        withdrawnAt: context.now.toISOString(),
        ...(input.reason ? { withdrawnReason: input.reason } : {}),
      },
      context,
    );
    const writes: { kind: 'handoffs'; document: typeof withdrawn }[] = [
      { kind: 'handoffs', document: withdrawn },
    ];
    // A draft nobody else has seen leaves no mark on the timeline; a submitted one does.
    if (brief.status === 'draft') return { writes, result: withdrawn };
    const text =
      `Handoff ${reference} withdrawn by ${await displayNameOf(reads, brief.outgoingLeadId)}; ` +
      `command stays with them.${input.reason ? ` Reason: ${input.reason}` : ''}`;
    return {
      writes: [...writes, timelineWrite(context, brief.incidentId, 'role-change', text)],
      result: withdrawn,
    };
  },
});
