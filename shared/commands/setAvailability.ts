import { z } from 'zod';
import { ACTIVE_STATUSES } from '../domain/incident.ts';
import type { PersonDoc } from '../schema/person.ts';
import { defineCommand, type CommandContext, type CommandReads } from './command.ts';
import { forbidden, notFound } from './errors.ts';

export const AVAILABILITY_STATUSES = ['available', 'away', 'off-shift'] as const;

export const setAvailabilityInput = z
  .object({
    personId: z.string().min(1).max(64),
    status: z.enum(AVAILABILITY_STATUSES, {
      error: `status must be one of ${AVAILABILITY_STATUSES.join(', ')}`,
    }),
    note: z.string().trim().max(500).optional(),
  })
  .strict();

/** People may set their own availability; an Incident Commander of an active incident may set anyone's. */
async function assertMaySet(reads: CommandReads, context: CommandContext, person: PersonDoc) {
  const { actor } = context;
  if (actor.kind === 'system' || (actor.kind === 'person' && actor.id === person.id)) return;
  if (actor.kind === 'person') {
    const active = await reads.find('incidents', { status: { $in: [...ACTIVE_STATUSES] } });
    const commands = active.some((incident) =>
      (incident.roles ?? []).some(
        (r) => r.role === 'incident-commander' && r.personId === actor.id,
      ),
    );
    if (commands) return;
  }
  throw forbidden(
    `Only ${person.displayName} or the Incident Commander of an active incident may change ${person.displayName}'s availability`,
  );
}

/**
 * Mark a person available, away or off shift. Decision authority falls
 * back past people who are away or off shift, so this is what lets a
 * deputy act while the commander is gone. No incident timeline: the audit
 * trail records who changed it.
 */
export const setAvailability = defineCommand({
  name: 'setAvailability',
  summary: 'Set a person available, away or off shift',
  input: setAvailabilityInput,
  permission: 'observer',
  async plan(reads, input, context) {
    const person = await reads.get('people', input.personId);
    if (!person) throw notFound('person', input.personId);
    await assertMaySet(reads, context, person);
    const updated: PersonDoc = {
      ...person,
      availability: {
        status: input.status,
        since: context.now.toISOString(),
        ...(input.note ? { note: input.note } : {}),
      },
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'people', document: updated }], result: updated };
  },
});
