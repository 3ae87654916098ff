import { z } from 'zod';
import { updatedIncident } from '../framework/incidentUpdate.ts';
import { playbookStepOf, withStepRecord } from '../framework/playbookSteps.ts';
import { requireOpenIncident } from '../framework/references.ts';
import { defineCommand } from './command.ts';
import { conflict } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

export const completePlaybookStepInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    stepId: z.string().min(1).max(64),
  })
  .strict();

/** Mark a step of the incident's attached playbook done; the timeline says which and how far along the playbook is. */
export const completePlaybookStep = defineCommand({
  name: 'completePlaybookStep',
  summary: 'Mark a playbook step done',
  input: completePlaybookStepInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await requireOpenIncident(reads, input.incidentId);
    const target = await playbookStepOf(reads, incident, input.stepId);
    const title = target.step?.title ?? input.stepId;
    if (target.record.completedAt)
      throw conflict(
        `"${title}" was already completed at ${target.record.completedAt} by ${target.record.completedBy}`,
      );
    const playbook = withStepRecord(target, {
      ...target.record,
      completedAt: context.now.toISOString(),
      completedBy: context.actor.id,
    });
    const updated = updatedIncident(incident, { playbook }, context);
    const done = playbook.steps.filter((s) => s.completedAt).length;
    const total = playbook.steps.length;
    const checklist = target.step?.checklist.length
      ? `; checklist ${target.record.checkedItems.length}/${target.step.checklist.length}`
      : '';
    const finished = done === total ? ` — ${playbook.name} complete` : '';
    const text = `Playbook step done: ${title} (${done} of ${total}${checklist})${finished}`;
    const entry = timelineWrite(context, incident.id, 'playbook-step', text);
    return { writes: [{ kind: 'incidents', document: updated }, entry], result: updated };
  },
});
