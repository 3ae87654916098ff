import { z } from 'zod';
import { updatedIncident } from '../framework/incidentUpdate.ts';
import { playbookStepOf, withStepRecord } from '../framework/playbookSteps.ts';
import { requireOpenIncident } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { invalidInput } from './errors.ts';

export const checkPlaybookItemInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    stepId: z.string().min(1).max(64),
    itemIndex: z.number().int().min(0).max(49),
    checked: z.boolean(),
  })
  .strict();

/**
 * Tick or untick one checklist item of a playbook step. Ticks are too fine
 * for the timeline (the step's completion goes there, with the checklist
 * count); the audit trail records each one.
 */
export const checkPlaybookItem = defineCommand({
  name: 'checkPlaybookItem',
  summary: 'Tick or untick a checklist item of a playbook step',
  input: checkPlaybookItemInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireOpenIncident(reads, input.incidentId);
    const target = await playbookStepOf(reads, incident, input.stepId);
    const items = target.step?.checklist.length;
    if (items !== undefined && input.itemIndex >= items)
      throw invalidInput([
        {
          field: 'itemIndex',
          reason:
            items === 0
              ? `"${target.step?.title}" has no checklist`
              : `"${target.step?.title}" has ${items} checklist item${items === 1 ? '' : 's'} (indexes 0–${items - 1})`,
        },
      ]);
    const others = target.record.checkedItems.filter((i) => i !== input.itemIndex);
    const checkedItems = (input.checked ? [...others, input.itemIndex] : others).toSorted(
      (a, b) => a - b,
    );
    const playbook = withStepRecord(target, { ...target.record, checkedItems });
    const updated = updatedIncident(incident, { playbook }, context);
    return { writes: [{ kind: 'incidents', document: updated }], result: updated };
  },
});
