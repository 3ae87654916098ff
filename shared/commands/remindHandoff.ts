import { z } from 'zod';
import { displayNameOf, requireOpenIncident } from '../framework/references.ts';
import { commanderOf, updatedBrief } from '../handoffs/briefCommandSupport.ts';
import { briefDuration, briefTime } from '../handoffs/briefTime.ts';
import { briefReference } from '../handoffs/handoffMachine.ts';
import { reminderEntryId, reminderKeyOf } from '../handoffs/leadShift.ts';
import { openBriefOf, planNewBrief } from '../handoffs/newBrief.ts';
import type { HandoffDoc } from '../schema/handoff.ts';
import { defineCommand, type CommandReads, type DocumentWrite } from './command.ts';
import { conflict, forbidden } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const remindHandoffInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    outgoingLeadId: z.string().min(1).max(64),
    shiftEndsAt: z.iso.datetime(),
    rotationName: z.string().max(200).optional(),
  })
  .strict();

/** What the node announces so windows can show the reminder. */
export interface HandoffReminder {
  incidentId: string;
  personId: string;
  briefId?: string;
  shiftEndsAt: string;
  text: string;
  at: string;
}

async function briefForReminder(
  open: HandoffDoc | undefined,
  make: () => Promise<HandoffDoc>,
  outgoingLeadId: string,
): Promise<HandoffDoc | undefined> {
  if (!open) return make();
  return open.outgoingLeadId === outgoingLeadId ? open : undefined;
}

/** What the brief stands at, in the reminder's words. */
async function briefState(
  reads: CommandReads,
  open: HandoffDoc | undefined,
  brief: HandoffDoc | undefined,
): Promise<string> {
  if (!brief) return `${open ? briefReference(open) : 'A brief'} by someone else is still open.`;
  if (brief.status === 'submitted')
    return `${briefReference(brief)} is submitted and waits for acknowledgement.`;
  const incoming = brief.incomingLeadId
    ? ` for ${await displayNameOf(reads, brief.incomingLeadId)}`
    : '';
  return `${briefReference(brief)} is drafted${incoming}: review it and submit it.`;
}

/** "Handoff reminder: Ada's shift on Duty lead ends at 2026-11-26 21:00 UTC (in 30 min). …" */
async function reminderText(
  reads: CommandReads,
  input: z.output<typeof remindHandoffInput>,
  now: Date,
  open: HandoffDoc | undefined,
  brief: HandoffDoc | undefined,
): Promise<string> {
  const name = await displayNameOf(reads, input.outgoingLeadId);
  const within = briefDuration(Date.parse(input.shiftEndsAt) - now.getTime());
  const rotation = input.rotationName ? ` on ${input.rotationName}` : '';
  return (
    `Handoff reminder: ${name}'s shift${rotation} ends at ${briefTime(input.shiftEndsAt)} ` +
    `(in ${within}). ${await briefState(reads, open, brief)}`
  );
}

/**
 * The node reminds the commander that their shift ends soon: a system entry
 * on the timeline, the brief drafted if it is not yet (or marked if it is),
 * and an announcement for windows. Once per lead and shift: the entry's id is
 * fixed by both, and the append-only timeline refuses a second.
 */
export const remindHandoff = defineCommand({
  name: 'remindHandoff',
  summary: 'Remind the outgoing lead to brief before their shift ends (the node’s scheduler)',
  input: remindHandoffInput,
  permission: 'node',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'system')
      throw forbidden('Handoff reminders are given by the node’s scheduler only');
    const incident = await requireOpenIncident(reads, input.incidentId);
    if (commanderOf(incident) !== input.outgoingLeadId)
      throw conflict(`${incident.reference} is no longer commanded by ${input.outgoingLeadId}`);
    const reminderKey = reminderKeyOf(input.outgoingLeadId, input.shiftEndsAt);
    const entryId = reminderEntryId(incident.id, reminderKey);
    if (await reads.get('timeline', entryId))
      throw conflict(
        `The handoff reminder for this shift of ${incident.reference} was given already`,
      );
    const open = await openBriefOf(reads, incident.id);
    const lead = { outgoingLeadId: input.outgoingLeadId, shiftEndsAt: input.shiftEndsAt };
    const base = await briefForReminder(
      open,
      () => planNewBrief(reads, incident, lead, context),
      input.outgoingLeadId,
    );
    const at = context.now.toISOString();
    const brief =
      base &&
      updatedBrief(
        base,
        {
          reminderKey,
          reminderSentAt: at,
          ...(base.status === 'draft' ? { shiftEndsAt: input.shiftEndsAt } : {}),
        },
        context,
      );
    const text = await reminderText(reads, input, context.now, open, brief);
    const entry = timelineWrite(context, incident.id, 'system', text, { starred: true });
    entry.document.id = entryId;
    const writes: DocumentWrite[] = [entry];
    if (brief) writes.unshift({ kind: 'handoffs', document: brief });
    const reminder: HandoffReminder = {
      incidentId: incident.id,
      personId: input.outgoingLeadId,
      ...(brief ? { briefId: brief.id } : {}),
      shiftEndsAt: input.shiftEndsAt,
      text,
      at,
    };
    return { writes, result: { brief, reminder } };
  },
});
