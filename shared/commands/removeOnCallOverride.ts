import { z } from 'zod';
import type { OrganisationUnitDoc } from '../schema/organisationUnit.ts';
import { defineCommand } from './command.ts';
import { notFound } from './errors.ts';

export const removeOnCallOverrideInput = z
  .object({
    rotationId: z.string().min(1).max(64),
    overrideId: z.string().min(1).max(64),
  })
  .strict();

/**
 * Take back a cover that is no longer needed (the swap fell through, the
 * person is back): the rotation's regular turn applies again for that window.
 */
export const removeOnCallOverride = defineCommand({
  name: 'removeOnCallOverride',
  summary: 'Remove a cover from an on-call rotation',
  input: removeOnCallOverrideInput,
  permission: 'person',
  async plan(reads, input, context) {
    const unit = await reads.get('organisation', input.rotationId);
    if (!unit?.rotation || unit.kind !== 'rotation')
      throw notFound('on-call rotation', input.rotationId);
    const existing = unit.rotation.overrides ?? [];
    const removed = existing.find((override) => override.id === input.overrideId);
    if (!removed) throw notFound('cover', input.overrideId);
    const rotation = {
      ...unit.rotation,
      overrides: existing.filter((override) => override.id !== input.overrideId),
    };
    const updated: OrganisationUnitDoc = { ...unit, rotation, hlc: context.nextHlc() };
    return { writes: [{ kind: 'organisation', document: updated }], result: removed };
  },
});
