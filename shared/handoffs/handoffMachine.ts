import { conflict } from '../commands/errors.ts';
import type { HandoffDoc, HandoffStatus } from '../schema/handoff.ts';

export type HandoffStep = 'edit' | 'submit' | 'acknowledge' | 'withdraw';

/** Which statuses each step may start from: draft → submitted → acknowledged, or withdrawn. */
const ALLOWED_FROM: Record<HandoffStep, readonly HandoffStatus[]> = {
  edit: ['draft'],
  submit: ['draft'],
  acknowledge: ['submitted'],
  withdraw: ['draft', 'submitted'],
};

export const OPEN_HANDOFF_STATUSES: readonly HandoffStatus[] = ['draft', 'submitted'];

const WHY_NOT: Record<HandoffStatus, string> = {
  draft: 'is still a draft: the outgoing lead submits it first',
  submitted: 'is submitted and waiting for the incoming lead; withdraw it to change it',
  acknowledged: 'was acknowledged; the handover is done and the brief is part of the record',
  withdrawn: 'was withdrawn; draft a new brief',
};

const VERB: Record<HandoffStep, string> = {
  edit: 'edit',
  submit: 'submit',
  acknowledge: 'acknowledge',
  withdraw: 'withdraw',
};

export function canTake(step: HandoffStep, status: HandoffStatus): boolean {
  return ALLOWED_FROM[step].includes(status);
}

/** Refuse a step the brief's status does not allow, saying why in words. */
export function requireStep(brief: HandoffDoc, step: HandoffStep, reference: string): void {
  if (canTake(step, brief.status as HandoffStatus)) return;
  throw conflict(
    `Cannot ${VERB[step]} brief ${reference}: it ${WHY_NOT[brief.status as HandoffStatus]}`,
  );
}

/** "INC-0042 brief #2": how a brief is named in messages and on the timeline. */
export function briefReference(brief: Pick<HandoffDoc, 'incident' | 'number'>): string {
  return `${brief.incident.reference} brief #${brief.number}`;
}
