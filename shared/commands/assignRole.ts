import { z } from 'zod';
import { roleLabel } from '../authority/index.ts';
import {
  assertStructureAllows,
  commandChangeContext,
  commandRoleOf,
} from '../framework/commandRoles.ts';
import { updatedIncident } from '../framework/incidentUpdate.ts';
import { requireOpenIncident, requirePersonField } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { conflict, invalidInput } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const assignRoleInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    role: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'role ids are lowercase words and dashes'),
    personId: z.string().min(1).max(64),
  })
  .strict();

/**
 * Put a person in a command role of an incident. Roles one person holds at
 * a time (Deputy, Communications Lead…) change hands; roles several may
 * hold (subject-matter experts) gain a holder up to the role's limit.
 * Needs command authority; command itself changes hands with transferCommand.
 */
export const assignRole = defineCommand({
  name: 'assignRole',
  summary: 'Assign a command role (Deputy, Communications Lead, SME…) in an incident',
  input: assignRoleInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireOpenIncident(reads, input.incidentId);
    if (input.role === 'incident-commander')
      throw invalidInput([
        {
          field: 'role',
          reason: 'hand over command with transferCommand, so the handover is recorded as one',
        },
      ]);
    await requirePersonField(reads, input.personId, 'personId');
    const change = await commandChangeContext(reads, incident, context);
    const role = commandRoleOf(change.config, input.role);
    const label = roleLabel(role.id, change.labels);
    const current = incident.roles ?? [];
    if (current.some((r) => r.role === role.id && r.personId === input.personId))
      throw conflict(
        `${change.nameOf(input.personId)} is already ${label} of ${incident.reference}`,
      );
    const replaced = role.maxHolders === 1 ? current.filter((r) => r.role === role.id) : [];
    const roles = [
      ...current.filter((r) => !replaced.includes(r)),
      {
        role: role.id,
        personId: input.personId,
        since: context.now.toISOString(),
        assignedBy: context.actor.id,
      },
    ];
    await assertStructureAllows(reads, change.config, incident, roles);
    const updated = updatedIncident(incident, { roles }, context);
    const previous = replaced.length
      ? ` (replaces ${replaced.map((r) => change.nameOf(r.personId)).join(', ')})`
      : '';
    const text = `${label}: ${change.nameOf(input.personId)}${previous} — assigned by ${change.nameOf(context.actor.id)} ${change.basis}`;
    const entry = timelineWrite(context, incident.id, 'role-change', text);
    return { writes: [{ kind: 'incidents', document: updated }, entry], result: updated };
  },
});
