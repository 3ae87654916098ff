import { z } from 'zod';
import { requireOpenIncident, requirePersonField } from '../framework/references.ts';
import { requireCommander } from '../handoffs/briefCommandSupport.ts';
import { planNewBrief, refuseSecondOpenBrief } from '../handoffs/newBrief.ts';
import { defineCommand } from './command.ts';
import { invalidInput } from './errors.ts';

export const draftHandoffBriefInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    /** Who takes over; by default whoever the on-call rotation has next. */
    incomingLeadId: z.string().min(1).max(64).optional(),
  })
  .strict();

/**
 * Draft the ICS 201 handoff brief of an incident from its records since the
 * last handover. The Incident Commander (the outgoing lead) drafts; one
 * brief per incident is open at a time.
 */
export const draftHandoffBrief = defineCommand({
  name: 'draftHandoffBrief',
  summary: 'Draft a shift-handoff brief (ICS 201) from the incident’s records',
  input: draftHandoffBriefInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireOpenIncident(reads, input.incidentId);
    await requireCommander(reads, incident, context.actor.id, 'draft its handoff brief');
    if (input.incomingLeadId !== undefined) {
      await requirePersonField(reads, input.incomingLeadId, 'incomingLeadId');
      if (input.incomingLeadId === context.actor.id)
        throw invalidInput([
          { field: 'incomingLeadId', reason: 'the incoming lead must be someone else' },
        ]);
    }
    await refuseSecondOpenBrief(reads, incident);
    const brief = await planNewBrief(
      reads,
      incident,
      {
        outgoingLeadId: context.actor.id,
        ...(input.incomingLeadId ? { incomingLeadId: input.incomingLeadId } : {}),
      },
      context,
    );
    return { writes: [{ kind: 'handoffs', document: brief }], result: brief };
  },
});
