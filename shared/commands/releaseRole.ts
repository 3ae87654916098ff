import { z } from 'zod';
import { roleLabel } from '../authority/index.ts';
import { assertStructureAllows, commandChangeContext } from '../framework/commandRoles.ts';
import { updatedIncident } from '../framework/incidentUpdate.ts';
import { requireOpenIncident } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { invalidInput } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const releaseRoleInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    role: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'role ids are lowercase words and dashes'),
    personId: z.string().min(1).max(64),
  })
  .strict();

/**
 * Release a person from a command role (an SME who is done, an extra
 * Operations Lead). Needs command authority. A role the incident's
 * severity requires cannot be left empty: assign the replacement instead,
 * which releases the holder of a one-person role.
 */
export const releaseRole = defineCommand({
  name: 'releaseRole',
  summary: 'Release a person from a command role in an incident',
  input: releaseRoleInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireOpenIncident(reads, input.incidentId);
    if (input.role === 'incident-commander')
      throw invalidInput([
        { field: 'role', reason: 'hand command to someone else with transferCommand instead' },
      ]);
    const change = await commandChangeContext(reads, incident, context);
    const label = roleLabel(input.role, change.labels);
    const current = incident.roles ?? [];
    const roles = current.filter((r) => !(r.role === input.role && r.personId === input.personId));
    if (roles.length === current.length)
      throw invalidInput([
        {
          field: 'personId',
          reason: `${change.nameOf(input.personId)} is not ${label} of ${incident.reference}`,
        },
      ]);
    await assertStructureAllows(reads, change.config, incident, roles);
    const updated = updatedIncident(incident, { roles }, context);
    const text = `${label}: ${change.nameOf(input.personId)} released — by ${change.nameOf(context.actor.id)} ${change.basis}`;
    const entry = timelineWrite(context, incident.id, 'role-change', text);
    return { writes: [{ kind: 'incidents', document: updated }, entry], result: updated };
  },
});
