import { z } from 'zod';
import { requireAdministrator } from '../commands/administrators.ts';
import { defineCommand } from '../commands/command.ts';
import { notFound } from '../commands/errors.ts';
import type { OrganisationUnitDoc } from '../schema/organisationUnit.ts';

export const setDutyCommanderRotationInput = z
  .object({ rotationId: z.string().min(1).max(64), duty: z.boolean() })
  .strict();

/**
 * Mark a rotation as the standing duty Incident Commander rotation (one at
 * a time: marking one unmarks the others). Governance: administrators only.
 */
export const setDutyCommanderRotation = defineCommand({
  name: 'setDutyCommanderRotation',
  summary: 'Mark (or unmark) the duty Incident Commander rotation',
  input: setDutyCommanderRotationInput,
  permission: 'person',
  async plan(reads, input, context) {
    await requireAdministrator(reads, context.actor, 'choose the duty Incident Commander rotation');
    const rotations = await reads.find('organisation', { kind: 'rotation' });
    const target = rotations.find((r) => r.id === input.rotationId);
    if (!target?.rotation) throw notFound('rotation', input.rotationId);
    const changed = rotations.flatMap((unit): OrganisationUnitDoc[] => {
      if (!unit.rotation) return [];
      const duty =
        unit.id === target.id ? input.duty : input.duty ? false : unit.rotation.dutyCommander;
      if ((unit.rotation.dutyCommander ?? false) === (duty ?? false)) return [];
      return [
        {
          ...unit,
          rotation: { ...unit.rotation, dutyCommander: duty ?? false },
          hlc: context.nextHlc(),
        },
      ];
    });
    return {
      writes: changed.map((document) => ({ kind: 'organisation' as const, document })),
      result: { rotationId: target.id, duty: input.duty },
    };
  },
});
