import type { CommandReads } from '../commands/command.ts';
import { conflict, invalidInput } from '../commands/errors.ts';
import type { PlaybookStep } from '../playbooks/index.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import type { AttachedPlaybook } from './incidentPlaybook.ts';

export type StepRecord = AttachedPlaybook['steps'][number];

export interface PlaybookStepTarget {
  attached: AttachedPlaybook;
  record: StepRecord;
  index: number;
  /** The step as the adopted playbook defines it; undefined when the playbook was removed since. */
  step: PlaybookStep | undefined;
}

/** A step of the incident's attached playbook; unknown step ids are refused with the known ones. */
export async function playbookStepOf(
  reads: CommandReads,
  incident: IncidentDoc,
  stepId: string,
): Promise<PlaybookStepTarget> {
  const attached = incident.playbook;
  if (!attached)
    throw conflict(
      `${incident.reference} has no playbook attached, so it has no steps to complete`,
    );
  const index = attached.steps.findIndex((s) => s.stepId === stepId);
  const record = attached.steps[index];
  if (!record)
    throw invalidInput([
      {
        field: 'stepId',
        reason: `"${stepId}" is not a step of ${attached.name}; its steps are ${attached.steps.map((s) => s.stepId).join(', ')}`,
      },
    ]);
  const framework = await reads.get('frameworks', attached.frameworkId);
  const step = framework?.playbook?.steps.find((s) => s.id === stepId);
  return { attached, record, index, step };
}

/** The attached playbook with one step's record replaced. */
export function withStepRecord(target: PlaybookStepTarget, record: StepRecord): AttachedPlaybook {
  return {
    ...target.attached,
    steps: target.attached.steps.map((s, i) => (i === target.index ? record : s)),
  };
}
