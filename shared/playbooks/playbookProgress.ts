import type {
  ChecklistProgress,
  Playbook,
  PlaybookProgress,
  PlaybookStep,
  StepProgress,
  StepRecord,
} from './playbookTypes.ts';

const MINUTE = 60_000;

function checklistProgress(step: PlaybookStep, record: StepRecord | undefined): ChecklistProgress {
  const ticked = new Set(record?.checkedItems ?? []);
  const items = step.checklist.map((text, index) => ({ text, done: ticked.has(index) }));
  return { done: items.filter((item) => item.done).length, total: items.length, items };
}

function stepProgress(
  step: PlaybookStep,
  dueAt: Date,
  record: StepRecord | undefined,
  now: Date,
): StepProgress {
  const completedAt = record?.completedAt ? new Date(record.completedAt) : null;
  return {
    stepId: step.id,
    title: step.title,
    ownerRole: step.ownerRole,
    dueAt,
    completedAt,
    completedBy: record?.completedBy ?? null,
    overdue: completedAt === null && now >= dueAt,
    late: completedAt !== null && completedAt > dueAt,
    checklist: checklistProgress(step, record),
  };
}

/**
 * Where an attached playbook stands at `now`. Steps run in order, so each is
 * due when every step up to and including it has had its expected minutes
 * from the moment the playbook was attached; a slow step shows as overdue
 * rather than silently pushing the rest of the plan back.
 */
export function playbookProgress(
  playbook: Playbook,
  attachedAt: Date,
  records: readonly StepRecord[],
  now: Date,
): PlaybookProgress {
  const byStep = new Map(records.map((record) => [record.stepId, record]));
  let elapsedMinutes = 0;
  const steps = playbook.steps.map((step) => {
    elapsedMinutes += step.expectedMinutes;
    const dueAt = new Date(attachedAt.getTime() + elapsedMinutes * MINUTE);
    return stepProgress(step, dueAt, byStep.get(step.id), now);
  });
  const known = new Set(playbook.steps.map((step) => step.id));
  return {
    playbookId: playbook.id,
    attachedAt,
    steps,
    completedSteps: steps.filter((s) => s.completedAt !== null).length,
    totalSteps: steps.length,
    overdueSteps: steps.filter((s) => s.overdue).length,
    nextStep: steps.find((s) => s.completedAt === null) ?? null,
    unknownStepIds: records.map((r) => r.stepId).filter((id) => !known.has(id)),
  };
}
