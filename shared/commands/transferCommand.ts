import { z } from 'zod';
import { holdersOf, roleLabel } from '../authority/index.ts';
import { commandChangeContext } from '../framework/commandRoles.ts';
import { rolesAfterCommandTransfer } from '../framework/commandTransfer.ts';
import { updatedIncident } from '../framework/incidentUpdate.ts';
import { requireOpenIncident, requirePresentPersonField } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { conflict } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

const COMMANDER = 'incident-commander';
const DEPUTY = 'deputy-incident-commander';

export const transferCommandInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    toPersonId: z.string().min(1).max(64),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();

/**
 * Hand command of an incident to someone else. The Incident Commander may;
 * while the commander is away, off shift or silent, the fallbacks of the
 * matrix's raise-severity chain may (by default the Deputy, then the
 * Operations Lead). A Deputy who takes command leaves the Deputy role free.
 */
export const transferCommand = defineCommand({
  name: 'transferCommand',
  summary: 'Hand command of an incident to another person',
  input: transferCommandInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireOpenIncident(reads, input.incidentId);
    await requirePresentPersonField(reads, input.toPersonId, 'toPersonId', 'hand command to');
    const current = incident.roles ?? [];
    const from = holdersOf(current, COMMANDER);
    const change = await commandChangeContext(reads, incident, context);
    if (from.includes(input.toPersonId))
      throw conflict(
        `${incident.reference} is already commanded by ${change.nameOf(input.toPersonId)}`,
      );
    const { roles, deputyFreed } = rolesAfterCommandTransfer(current, input.toPersonId, context);
    const updated = updatedIncident(incident, { roles }, context);
    const previous = from.length ? from.map(change.nameOf).join(', ') : 'nobody';
    const freed = deputyFreed ? ` (${roleLabel(DEPUTY, change.labels)} is now free)` : '';
    const note = input.note ? ` Note: ${input.note}` : '';
    const text =
      `Command transferred: ${previous} → ${change.nameOf(input.toPersonId)}${freed} — by ` +
      `${change.nameOf(context.actor.id)} ${change.basis}.${note}`;
    const entry = timelineWrite(context, incident.id, 'role-change', text, { starred: true });
    return { writes: [{ kind: 'incidents', document: updated }, entry], result: updated };
  },
});
