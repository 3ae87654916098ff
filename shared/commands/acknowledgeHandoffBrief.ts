import { z } from 'zod';
import { rolesAfterCommandTransfer } from '../framework/commandTransfer.ts';
import { updatedIncident } from '../framework/incidentUpdate.ts';
import { displayNameOf, requireOpenIncident } from '../framework/references.ts';
import {
  briefIdField,
  commanderOf,
  requireBrief,
  updatedBrief,
} from '../handoffs/briefCommandSupport.ts';
import { briefReference, requireStep } from '../handoffs/handoffMachine.ts';
import { defineCommand } from './command.ts';
import { conflict, forbidden } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const acknowledgeHandoffBriefInput = z
  .object({
    briefId: briefIdField,
    /** What the incoming lead still wants to know; command passes all the same. */
    questions: z.string().trim().max(5000).optional(),
  })
  .strict();

/**
 * The incoming lead acknowledges a submitted brief, the second step of the
 * handover: command of the incident passes to them (the same role change as
 * transferCommand, on the authority of the commander's submitted brief).
 */
export const acknowledgeHandoffBrief = defineCommand({
  name: 'acknowledgeHandoffBrief',
  summary: 'Acknowledge a submitted handoff brief; command passes to the incoming lead',
  input: acknowledgeHandoffBriefInput,
  permission: 'person',
  async plan(reads, input, context) {
    const brief = await requireBrief(reads, input.briefId);
    const reference = briefReference(brief);
    if (context.actor.kind !== 'person' || context.actor.id !== brief.incomingLeadId)
      throw forbidden(
        `Only the incoming lead (${await displayNameOf(reads, brief.incomingLeadId)}) may acknowledge ${reference}`,
      );
    requireStep(brief, 'acknowledge', reference);
    const incident = await requireOpenIncident(reads, brief.incidentId);
    if (commanderOf(incident) !== brief.outgoingLeadId)
      throw conflict(
        `${reference} is out of date: ${await displayNameOf(reads, brief.outgoingLeadId)} no longer commands ` +
          `${incident.reference}; the outgoing lead withdraws it and the commander drafts a new one`,
      );
    const incoming = await reads.get('people', brief.incomingLeadId);
    const away = incoming?.availability?.status;
    if (away === 'away' || away === 'off-shift')
      throw conflict(
        `You are marked ${away === 'away' ? 'away' : 'off shift'}: set yourself available before you take command`,
      );
    const { roles, deputyFreed } = rolesAfterCommandTransfer(
      incident.roles ?? [],
      brief.incomingLeadId,
      context,
    );
    const questions = input.questions ? input.questions : undefined;
    const acknowledged = updatedBrief(
      brief,
      {
        status: 'acknowledged',
        acknowledgedAt: context.now.toISOString(),
        ...(questions ? { questions } : {}),
      },
      context,
    );
    const outgoing = await displayNameOf(reads, brief.outgoingLeadId);
    const incomingName = incoming?.displayName ?? brief.incomingLeadId;
    const text =
      `Handoff ${reference} acknowledged by ${incomingName}. Command transferred: ${outgoing} → ${incomingName}` +
      `${deputyFreed ? ' (the Deputy role is now free)' : ''}, on the submitted brief.` +
      (questions ? ` Questions: ${questions}` : '');
    return {
      writes: [
        { kind: 'incidents', document: updatedIncident(incident, { roles }, context) },
        { kind: 'handoffs', document: acknowledged },
        timelineWrite(context, incident.id, 'role-change', text, { starred: true }),
      ],
      result: acknowledged,
    };
  },
});
