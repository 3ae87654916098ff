import { z } from 'zod';
import { rotationFromDefinition } from '../oncall/fromRotationDefinition.ts';
import type { OrganisationUnitDoc } from '../schema/organisationUnit.ts';
import { defineCommand } from './command.ts';
import { CommandError, invalidInput, notFound } from './errors.ts';

const MAX_OVERRIDES = 500;

/** The fields, without the start-before-end check (HTTP bodies omit the path's rotationId). */
export const overrideOnCallFields = z
  .object({
    rotationId: z.string().min(1).max(64),
    personId: z.string().min(1).max(64),
    start: z.iso.datetime({ offset: true }),
    end: z.iso.datetime({ offset: true }),
    reason: z.string().trim().max(500).optional(),
  })
  .strict();

export const overrideOnCallInput = overrideOnCallFields.refine(
  (o) => Date.parse(o.end) > Date.parse(o.start),
  {
    message: 'the cover must end after it starts',
    path: ['end'],
  },
);

/**
 * Someone covers an on-call rotation for a window (a swap, sickness,
 * holiday). Escalations that page the rotation during the window page them.
 */
export const overrideOnCall = defineCommand({
  name: 'overrideOnCall',
  summary: 'Cover an on-call rotation for a window of time',
  input: overrideOnCallInput,
  permission: 'person',
  async plan(reads, input, context) {
    const unit = await reads.get('organisation', input.rotationId);
    if (!unit?.rotation || unit.kind !== 'rotation')
      throw notFound('on-call rotation', input.rotationId);
    if (!(await reads.get('people', input.personId))) throw notFound('person', input.personId);
    const existing = unit.rotation.overrides ?? [];
    if (existing.length >= MAX_OVERRIDES) {
      throw new CommandError(
        'conflict',
        `"${unit.name}" already has ${MAX_OVERRIDES} overrides; remove old ones first`,
      );
    }
    const override = {
      id: context.newId('cover'),
      personId: input.personId,
      start: new Date(input.start).toISOString(),
      end: new Date(input.end).toISOString(),
      ...(input.reason ? { reason: input.reason } : {}),
    };
    const rotation = { ...unit.rotation, overrides: [...existing, override] };
    try {
      rotationFromDefinition({ id: unit.id, name: unit.name, ...rotation });
    } catch (error) {
      throw invalidInput([
        { field: '', reason: `the rotation would no longer be valid: ${(error as Error).message}` },
      ]);
    }
    const updated: OrganisationUnitDoc = { ...unit, rotation, hlc: context.nextHlc() };
    return { writes: [{ kind: 'organisation', document: updated }], result: override };
  },
});
