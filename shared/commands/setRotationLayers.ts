import { z } from 'zod';
import { rotationFromDefinition } from '../oncall/fromRotationDefinition.ts';
import { rotationLayer } from '../oncall/rotationSchema.ts';
import type { OrganisationUnitDoc } from '../schema/organisationUnit.ts';
import { defineCommand } from './command.ts';
import { invalidInput, notFound, type FieldProblem } from './errors.ts';

export const setRotationLayersInput = z
  .object({
    rotationId: z.string().min(1).max(64),
    /** Every layer above the base one, bottom to top; an empty list leaves the base layer alone. */
    upperLayers: z.array(rotationLayer).max(9),
  })
  .strict();

/**
 * Replace the layers above a rotation's base layer: a weekend layer, a
 * business-hours layer, a follow-the-sun hand-over. Overrides are kept.
 */
export const setRotationLayers = defineCommand({
  name: 'setRotationLayers',
  summary: "Set the layers above an on-call rotation's base layer",
  input: setRotationLayersInput,
  permission: 'person',
  async plan(reads, input, context) {
    const unit = await reads.get('organisation', input.rotationId);
    if (!unit?.rotation || unit.kind !== 'rotation')
      throw notFound('on-call rotation', input.rotationId);
    const problems: FieldProblem[] = [];
    for (const [l, layer] of input.upperLayers.entries()) {
      for (const [j, personId] of layer.participantIds.entries()) {
        if (!(await reads.get('people', personId)))
          problems.push({
            field: `upperLayers.${l}.participantIds.${j}`,
            reason: `unknown person "${personId}"`,
          });
      }
    }
    if (problems.length > 0) throw invalidInput(problems);
    const rotation = { ...unit.rotation, upperLayers: input.upperLayers };
    try {
      rotationFromDefinition({ id: unit.id, name: unit.name, ...rotation });
    } catch (error) {
      throw invalidInput([{ field: 'upperLayers', reason: (error as Error).message }]);
    }
    const updated: OrganisationUnitDoc = { ...unit, rotation, hlc: context.nextHlc() };
    return { writes: [{ kind: 'organisation', document: updated }], result: updated };
  },
});
