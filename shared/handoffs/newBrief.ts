import type { CommandContext, CommandReads } from '../commands/command.ts';
import { conflict } from '../commands/errors.ts';
import type { HandoffDoc } from '../schema/handoff.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { briefsOf, gatherBriefSources, rotationsOf } from './briefSources.ts';
import { draftBrief } from './draftBrief.ts';
import { briefReference, OPEN_HANDOFF_STATUSES } from './handoffMachine.ts';
import { currentShiftOf } from './leadShift.ts';

/** The incident's open brief (a draft, or submitted and not yet acknowledged), if any. */
export async function openBriefOf(
  reads: CommandReads,
  incidentId: string,
): Promise<HandoffDoc | undefined> {
  const briefs = await briefsOf(reads, incidentId);
  return briefs.findLast((b) => OPEN_HANDOFF_STATUSES.includes(b.status));
}

export async function refuseSecondOpenBrief(reads: CommandReads, incident: IncidentDoc) {
  const open = await openBriefOf(reads, incident.id);
  if (open)
    throw conflict(
      `${briefReference(open)} is already ${open.status === 'draft' ? 'drafted' : 'submitted'}: ` +
        'edit or submit it, or withdraw it before drafting another',
    );
}

/**
 * A new draft brief for the incident, drafted from its records. The shift
 * end and (unless chosen) the incoming lead come from the on-call rotation.
 */
export async function planNewBrief(
  reads: CommandReads,
  incident: IncidentDoc,
  lead: { outgoingLeadId: string; incomingLeadId?: string; shiftEndsAt?: string },
  context: CommandContext,
): Promise<HandoffDoc> {
  const shift = currentShiftOf(await rotationsOf(reads), lead.outgoingLeadId, context.now);
  const shiftEndsAt = lead.shiftEndsAt ?? shift?.endsAt;
  const nextOnCall = shift?.nextPersonId !== lead.outgoingLeadId ? shift?.nextPersonId : undefined;
  const incomingLeadId = lead.incomingLeadId ?? nextOnCall ?? '';
  const leads = {
    outgoingLeadId: lead.outgoingLeadId,
    incomingLeadId,
    ...(shiftEndsAt ? { shiftEndsAt } : {}),
  };
  const sources = await gatherBriefSources(reads, incident, leads, context.now);
  const { coversFrom, changes, ...sections } = draftBrief(sources);
  const number = (await briefsOf(reads, incident.id)).length + 1;
  const at = context.now.toISOString();
  return {
    id: context.newId('hb'),
    incidentId: incident.id,
    number,
    status: 'draft',
    ...leads,
    incident: {
      reference: incident.reference,
      title: incident.title,
      severity: incident.severity,
      status: incident.status,
      type: incident.type,
    },
    ...(sources.previous ? { previousBriefId: sources.previous.id } : {}),
    coversFrom,
    ...sections,
    changes,
    draftedAt: at,
    updatedAt: at,
    hlc: context.nextHlc(),
  };
}
