import { z } from 'zod';
import { requirePersonField } from '../framework/references.ts';
import {
  briefIdField,
  briefItemsInput,
  requireBrief,
  requireOutgoingLead,
  updatedBrief,
} from '../handoffs/briefCommandSupport.ts';
import { briefReference, requireStep } from '../handoffs/handoffMachine.ts';
import type { HandoffDoc } from '../schema/handoff.ts';
import { defineCommand } from './command.ts';
import { invalidInput } from './errors.ts';

export const saveHandoffBriefInput = z
  .object({
    briefId: briefIdField,
    incomingLeadId: z.string().min(1).max(64).optional(),
    situation: z.string().trim().max(5000).optional(),
    objectives: briefItemsInput.optional(),
    actions: briefItemsInput.optional(),
    resources: briefItemsInput.optional(),
    openTasks: briefItemsInput.optional(),
    pendingDecisions: briefItemsInput.optional(),
    risks: briefItemsInput.optional(),
    nextUpdates: briefItemsInput.optional(),
    note: z.string().trim().max(5000).optional(),
  })
  .strict();

type SectionEdits = Omit<z.output<typeof saveHandoffBriefInput>, 'briefId'>;

/** Only the fields sent change: each section is its own field, so peers' edits merge. */
function editsOf(input: SectionEdits): Partial<HandoffDoc> {
  const edits: Partial<HandoffDoc> = {};
  for (const [field, value] of Object.entries(input))
    if (value !== undefined) Object.assign(edits, { [field]: value });
  return edits;
}

/** The outgoing lead edits a draft brief: any section, the note, the incoming lead. */
export const saveHandoffBrief = defineCommand({
  name: 'saveHandoffBrief',
  summary: 'Edit a draft handoff brief (outgoing lead only)',
  input: saveHandoffBriefInput,
  permission: 'person',
  async plan(reads, input, context) {
    const brief = await requireBrief(reads, input.briefId);
    await requireOutgoingLead(reads, brief, context, 'edit');
    requireStep(brief, 'edit', briefReference(brief));
    const { briefId: _briefId, ...sections } = input;
    if (sections.incomingLeadId !== undefined) {
      await requirePersonField(reads, sections.incomingLeadId, 'incomingLeadId');
      if (sections.incomingLeadId === brief.outgoingLeadId)
        throw invalidInput([
          { field: 'incomingLeadId', reason: 'the incoming lead must be someone else' },
        ]);
    }
    const saved = updatedBrief(brief, editsOf(sections), context);
    return { writes: [{ kind: 'handoffs', document: saved }], result: saved };
  },
});
