import { z } from 'zod';
import { holdersOf } from '../authority/index.ts';
import type { CommandContext, CommandReads } from '../commands/command.ts';
import { forbidden, notFound } from '../commands/errors.ts';
import { COMMANDER_ROLE } from '../framework/commandTransfer.ts';
import { displayNameOf } from '../framework/references.ts';
import type { HandoffDoc } from '../schema/handoff.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { briefReference } from './handoffMachine.ts';

export const briefIdField = z.string().min(1).max(64);

/** One line of a section as a lead sends it. */
export const briefItemInput = z
  .object({
    text: z.string().trim().min(1, 'a line needs words').max(2000),
    at: z.iso.datetime({ offset: true }).optional(),
    isNew: z.boolean().default(true),
    drafted: z.boolean().optional(),
  })
  .strict();
export const briefItemsInput = z.array(briefItemInput).max(200);

export async function requireBrief(reads: CommandReads, briefId: string): Promise<HandoffDoc> {
  const brief = await reads.get('handoffs', briefId);
  if (!brief) throw notFound('handoff brief', briefId);
  return brief;
}

/** Only the brief's outgoing lead drafts, edits, submits and withdraws it. */
export async function requireOutgoingLead(
  reads: CommandReads,
  brief: HandoffDoc,
  context: CommandContext,
  doing: string,
): Promise<void> {
  if (context.actor.kind === 'person' && context.actor.id === brief.outgoingLeadId) return;
  const lead = await displayNameOf(reads, brief.outgoingLeadId);
  throw forbidden(`Only the outgoing lead (${lead}) may ${doing} ${briefReference(brief)}`);
}

export function commanderOf(incident: IncidentDoc): string | undefined {
  return holdersOf(incident.roles ?? [], COMMANDER_ROLE)[0];
}

/** The outgoing lead is whoever commands the incident now. */
export async function requireCommander(
  reads: CommandReads,
  incident: IncidentDoc,
  personId: string,
  doing: string,
): Promise<void> {
  const commander = commanderOf(incident);
  if (commander === personId) return;
  const who = commander ? await displayNameOf(reads, commander) : 'nobody';
  throw forbidden(
    `Only the Incident Commander of ${incident.reference} (${who}) may ${doing}: the outgoing lead is whoever holds command`,
  );
}

/** A brief document with its changes, stamped with the time and a fresh clock value. */
export function updatedBrief(
  brief: HandoffDoc,
  changes: Partial<HandoffDoc>,
  context: CommandContext,
): HandoffDoc {
  return { ...brief, ...changes, updatedAt: context.now.toISOString(), hlc: context.nextHlc() };
}
