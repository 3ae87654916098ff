import { z } from 'zod';
import { displayNameOf, requireOpenIncident } from '../framework/references.ts';
import {
  briefIdField,
  requireBrief,
  requireCommander,
  requireOutgoingLead,
  updatedBrief,
} from '../handoffs/briefCommandSupport.ts';
import { briefReference, requireStep } from '../handoffs/handoffMachine.ts';
import { defineCommand } from './command.ts';
import { invalidInput } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const submitHandoffBriefInput = z.object({ briefId: briefIdField }).strict();

/**
 * The outgoing lead, who commands the incident, submits the brief: the first
 * of the two steps of a handover. Command stays with them until the incoming
 * lead acknowledges.
 */
export const submitHandoffBrief = defineCommand({
  name: 'submitHandoffBrief',
  summary: 'Submit a handoff brief to the incoming lead (outgoing lead, the commander)',
  input: submitHandoffBriefInput,
  permission: 'person',
  async plan(reads, input, context) {
    const brief = await requireBrief(reads, input.briefId);
    const reference = briefReference(brief);
    await requireOutgoingLead(reads, brief, context, 'submit');
    requireStep(brief, 'submit', reference);
    const incident = await requireOpenIncident(reads, brief.incidentId);
    await requireCommander(reads, incident, context.actor.id, `submit ${reference}`);
    if (!brief.incomingLeadId)
      throw invalidInput([
        { field: 'incomingLeadId', reason: 'choose the incoming lead before submitting' },
      ]);
    const submitted = updatedBrief(
      brief,
      { status: 'submitted', submittedAt: context.now.toISOString() },
      context,
    );
    const text =
      `Handoff ${reference} submitted by ${await displayNameOf(reads, brief.outgoingLeadId)} ` +
      `for ${await displayNameOf(reads, brief.incomingLeadId)}; command passes when they acknowledge it.`;
    return {
      writes: [
        { kind: 'handoffs', document: submitted },
        timelineWrite(context, incident.id, 'role-change', text),
      ],
      result: submitted,
    };
  },
});
