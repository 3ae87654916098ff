import type { ApprovalPolicy } from './configSchemas.ts';
import { ApprovalError } from './errors.ts';

export type ApprovalStepState = 'pending' | 'approved' | 'changes-requested';
export interface ApprovalStep {
  role: string;
  label: string;
  state: ApprovalStepState;
  by?: string;
  at?: string;
}

/**
 * Where a message stands with its approvers. `not-required` for internal
 * audiences; `not-requested` while the author is still drafting.
 */
export type ApprovalStatus =
  'not-required' | 'not-requested' | 'in-review' | 'changes-requested' | 'approved' | 'overridden';

export interface ApprovalState {
  status: ApprovalStatus;
  mode: 'sequence' | 'parallel';
  policyId: string;
  steps: ApprovalStep[];
  /** The content hash the approvers (or the override) signed off; sending checks it. */
  approvedHash?: string;
}

export type ReviewAction = 'comment' | 'request-changes' | 'approve';

export function approvalNotRequired(): ApprovalState {
  return { status: 'not-required', mode: 'parallel', policyId: '', steps: [] };
}

/** A fresh approval for a message the policy covers; nothing is asked of anyone yet. */
export function newApproval(policy: ApprovalPolicy): ApprovalState {
  return {
    status: 'not-requested',
    mode: policy.mode,
    policyId: policy.id,
    steps: policy.approvers.map((a) => ({ role: a.id, label: a.label, state: 'pending' })),
  };
}

function pendingSteps(steps: ApprovalStep[]): ApprovalStep[] {
  return steps.map(({ role, label }) => ({ role, label, state: 'pending' }));
}

/** The author asks the approvers to review. */
export function requestApproval(state: ApprovalState): ApprovalState {
  if (state.status === 'not-required')
    throw new ApprovalError('This audience is internal: the message needs no approval');
  if (state.status === 'in-review') throw new ApprovalError('Approval is already requested');
  if (state.status === 'approved' || state.status === 'overridden')
    throw new ApprovalError('The message is already approved; send it or edit it first');
  return {
    status: 'in-review',
    mode: state.mode,
    policyId: state.policyId,
    steps: pendingSteps(state.steps),
  };
}

/** Roles whose turn it is: every pending role in parallel, the first not yet approved in sequence. */
export function rolesAwaited(state: ApprovalState): string[] {
  if (state.status !== 'in-review' && state.status !== 'changes-requested') return [];
  const open = state.steps.filter((s) => s.state !== 'approved');
  if (state.mode === 'parallel') return open.map((s) => s.role);
  const first = open[0];
  return first ? [first.role] : [];
}

/**
 * One reviewer's action for one approver role. Comments change nothing;
 * request-changes stops the message until the author edits it; the last
 * approval records the hash of the content that was approved.
 */
export function reviewApproval(
  state: ApprovalState,
  review: { role: string; action: ReviewAction; by: string; at: string; contentHash: string },
): ApprovalState {
  const step = state.steps.find((s) => s.role === review.role);
  if (!step) throw new ApprovalError(`"${review.role}" is not an approver role of this message`);
  if (review.action === 'comment') {
    if (state.status === 'not-required')
      throw new ApprovalError('This message needs no approval; comment on the timeline instead');
    return state;
  }
  if (state.status === 'changes-requested')
    throw new ApprovalError(
      'Changes were requested: the author edits the message, then it is reviewed again',
    );
  if (state.status !== 'in-review')
    throw new ApprovalError(
      state.status === 'not-requested'
        ? 'Approval has not been requested yet'
        : `The message is ${state.status.replace('-', ' ')}; there is nothing to review`,
    );
  if (!rolesAwaited(state).includes(review.role)) {
    const awaited = state.steps.find((s) => rolesAwaited(state).includes(s.role));
    throw new ApprovalError(
      step.state === 'approved'
        ? `${step.label} has already approved`
        : `Approvals go in sequence: ${awaited?.label ?? 'an earlier approver'} reviews first`,
    );
  }
  const decided: ApprovalStep = {
    role: step.role,
    label: step.label,
    state: review.action === 'approve' ? 'approved' : 'changes-requested',
    by: review.by,
    at: review.at,
  };
  const steps = state.steps.map((s) => (s.role === review.role ? decided : s));
  if (review.action === 'request-changes')
    return { ...withoutHash(state), status: 'changes-requested', steps };
  if (steps.every((s) => s.state === 'approved'))
    return { ...state, status: 'approved', steps, approvedHash: review.contentHash };
  return { ...state, steps };
}

function withoutHash(state: ApprovalState): ApprovalState {
  const { approvedHash: _dropped, ...rest } = state;
  return rest;
}

/**
 * The content changed: whatever was approved no longer is. A message
 * already under review goes back to every approver; a draft stays a draft.
 */
export function contentEdited(state: ApprovalState): ApprovalState {
  if (state.status === 'not-required' || state.status === 'not-requested') return state;
  return { ...withoutHash(state), status: 'in-review', steps: pendingSteps(state.steps) };
}

/** An emergency override: the current content counts as approved, on the overrider's authority. */
export function overrideApproval(state: ApprovalState, contentHash: string): ApprovalState {
  if (state.status === 'not-required')
    throw new ApprovalError('This message needs no approval, so there is nothing to override');
  if (state.status === 'approved' && state.approvedHash === contentHash)
    throw new ApprovalError('The message is already approved as it stands');
  return { ...state, status: 'overridden', approvedHash: contentHash };
}

/** Why this content may not be sent yet, or undefined when it may. */
export function sendBlocker(state: ApprovalState, contentHash: string): string | undefined {
  if (state.status === 'not-required') return undefined;
  if (state.status !== 'approved' && state.status !== 'overridden') {
    const waiting = state.steps.filter((s) => s.state !== 'approved').map((s) => s.label);
    return `External statements need approval from ${waiting.join(' and ')} before they are sent`;
  }
  if (state.approvedHash !== contentHash)
    return 'The message changed after it was approved: what is sent must be exactly what was approved';
  return undefined;
}
