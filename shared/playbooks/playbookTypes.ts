import type { PlaybookDoc } from '../schema/playbook.ts';

/** A playbook as stored or as listed in an organisation file (no sync clock needed). */
export type Playbook = Pick<PlaybookDoc, 'id' | 'name' | 'incidentType' | 'minSeverity' | 'steps'>;
export type PlaybookStep = Playbook['steps'][number];

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
