import { z } from 'zod';
import { holdersOf } from '../authority/roles.ts';
import type { EscalationDoc } from '../schema/escalation.ts';
import {
  escalationDirectory,
  escalationEntry,
  loadPeople,
  nameOf,
  readEscalation,
} from './advanceEscalation.ts';
import { defineCommand } from './command.ts';
import { conflict, forbidden } from './errors.ts';

export const cancelEscalationInput = z
  .object({
    escalationId: z.string().min(1).max(64),
    /** Why paging stops without an acknowledgement, e.g. "paged the wrong rotation". */
    reason: z.string().trim().min(3, 'say why paging stops').max(500),
  })
  .strict();

/** The roles that run the response and so may call paging off. */
const STOPPING_ROLES = ['incident-commander', 'deputy-incident-commander'] as const;

/**
 * The Incident Commander (or Deputy) stops paging without an acknowledgement:
 * the wrong people were paged, or the responders are already on the bridge.
 * The reason goes on the timeline; nobody is paged again by this escalation.
 */
export const cancelEscalation = defineCommand({
  name: 'cancelEscalation',
  summary: 'Stop paging for an incident, with a reason (Incident Commander or Deputy)',
  input: cancelEscalationInput,
  permission: 'person',
  async plan(reads, input, context) {
    const { escalation, incident } = await readEscalation(reads, input.escalationId);
    if (escalation.status !== 'active')
      throw conflict(
        `${incident.reference}: this escalation is ${escalation.status}; nothing to stop`,
      );
    const roles = incident.roles ?? [];
    const allowed = STOPPING_ROLES.flatMap((role) => holdersOf(roles, role));
    const directory = await escalationDirectory(reads, incident);
    if (context.actor.kind !== 'person' || !allowed.includes(context.actor.id)) {
      await loadPeople(reads, directory, allowed);
      const names = allowed.map((id) => nameOf(directory, id)).join(', ') || 'nobody yet';
      throw forbidden(
        `Only the Incident Commander or Deputy (${names}) can stop paging for ${incident.reference}`,
      );
    }
    await loadPeople(reads, directory, [context.actor.id]);
    const stopped: EscalationDoc = {
      ...escalation,
      status: 'cancelled',
      nextDueAt: '',
      hlc: context.nextHlc(),
    };
    const text = `Paging stopped by ${nameOf(directory, context.actor.id)}: ${input.reason}`;
    return {
      writes: [
        { kind: 'escalations', document: stopped },
        escalationEntry(context, incident.id, text, context.now.toISOString(), true),
      ],
      result: { escalation: stopped },
    };
  },
});
