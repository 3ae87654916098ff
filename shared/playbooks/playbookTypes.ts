/** One step of a playbook: an owner role, the minutes it should take, a checklist. */
export interface PlaybookStep {
  id: string;
  title: string;
  ownerRole: string;
  expectedMinutes: number;
  checklist: readonly string[];
}

/**
 * A playbook as the organisation file and the stored framework documents
 * describe it; structural, so either shape can be passed without mapping.
 */
export interface Playbook {
  id: string;
  name: string;
  incidentType: string;
  minSeverity?: string;
  steps: readonly PlaybookStep[];
}

/** What responders have recorded against one step of an attached playbook. */
export interface StepRecord {
  stepId: string;
  completedAt?: string;
  completedBy?: string;
  /** Indexes into the step's checklist that are ticked. */
  checkedItems?: readonly number[];
}

export interface ChecklistProgress {
  done: number;
  total: number;
  items: { text: string; done: boolean }[];
}

export interface StepProgress {
  stepId: string;
  title: string;
  ownerRole: string;
  dueAt: Date;
  completedAt: Date | null;
  completedBy: string | null;
  /** Open and past its due time. */
  overdue: boolean;
  /** Completed, but after its due time. */
  late: boolean;
  checklist: ChecklistProgress;
}

export interface PlaybookProgress {
  playbookId: string;
  attachedAt: Date;
  steps: StepProgress[];
  completedSteps: number;
  totalSteps: number;
  overdueSteps: number;
  /** The earliest-due open step, or null when every step is done. */
  nextStep: StepProgress | null;
  /** Records naming steps this playbook no longer has (it was edited after attaching). */
  unknownStepIds: string[];
}
