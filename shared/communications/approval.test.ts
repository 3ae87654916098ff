import { describe, expect, it } from 'vitest';
import {
  contentEdited,
  newApproval,
  overrideApproval,
  requestApproval,
  reviewApproval,
  rolesAwaited,
  sendBlocker,
  type ApprovalState,
} from './approval.ts';
import type { ApprovalPolicy } from './configSchemas.ts';
import { ApprovalError } from './errors.ts';

const policy = (mode: 'sequence' | 'parallel'): ApprovalPolicy => ({
  id: 'external',
  name: 'External',
  mode,
  audienceIds: [],
  approvers: [
    { id: 'legal', label: 'Legal', teamIds: ['legal'], personIds: [] },
    { id: 'pr', label: 'PR', teamIds: ['comms'], personIds: [] },
  ],
});
const at = '2026-11-26T10:00:00.000Z';
const review = (
  state: ApprovalState,
  role: string,
  action: 'approve' | 'request-changes' | 'comment',
  hash = 'h1',
) => reviewApproval(state, { role, action, by: `${role}-person`, at, contentHash: hash });

describe('approval state machine', () => {
  it('in sequence: PR waits for Legal, and the last approval records the approved hash', () => {
    const requested = requestApproval(newApproval(policy('sequence')));
    expect(rolesAwaited(requested)).toEqual(['legal']);
    expect(() => review(requested, 'pr', 'approve')).toThrow(/Legal reviews first/);
    const legal = review(requested, 'legal', 'approve');
    expect(legal.status).toBe('in-review');
    expect(rolesAwaited(legal)).toEqual(['pr']);
    const both = review(legal, 'pr', 'approve');
    expect(both.status).toBe('approved');
    expect(both.approvedHash).toBe('h1');
    expect(sendBlocker(both, 'h1')).toBeUndefined();
  });

  it('in parallel: either role may approve first', () => {
    const requested = requestApproval(newApproval(policy('parallel')));
    expect(rolesAwaited(requested).sort()).toEqual(['legal', 'pr']);
    const pr = review(requested, 'pr', 'approve');
    expect(pr.status).toBe('in-review');
    expect(review(pr, 'legal', 'approve').status).toBe('approved');
  });

  it('refuses a review before approval is requested, and a second approval by the same role', () => {
    expect(() => review(newApproval(policy('parallel')), 'legal', 'approve')).toThrow(
      ApprovalError,
    );
    const legal = review(requestApproval(newApproval(policy('parallel'))), 'legal', 'approve');
    expect(() => review(legal, 'legal', 'approve')).toThrow(/already approved/);
  });

  it('comments change nothing; request-changes stops the message until it is edited', () => {
    const requested = requestApproval(newApproval(policy('sequence')));
    expect(review(requested, 'legal', 'comment')).toEqual(requested);
    const changes = review(requested, 'legal', 'request-changes');
    expect(changes.status).toBe('changes-requested');
    expect(sendBlocker(changes, 'h1')).toMatch(/need approval/);
    expect(() => review(changes, 'legal', 'approve')).toThrow(/edits the message/);
    const edited = contentEdited(changes);
    expect(edited.status).toBe('in-review');
    expect(edited.steps.every((s) => s.state === 'pending')).toBe(true);
  });

  it('editing after approval withdraws it: the new content is not approved', () => {
    const approved = review(
      review(requestApproval(newApproval(policy('sequence'))), 'legal', 'approve'),
      'pr',
      'approve',
    );
    const edited = contentEdited(approved);
    expect(edited.status).toBe('in-review');
    expect(edited.approvedHash).toBeUndefined();
    expect(sendBlocker(edited, 'h2')).toMatch(/Legal and PR/);
  });

  it('sending refuses content whose hash differs from the approved hash', () => {
    const approved = review(
      review(requestApproval(newApproval(policy('parallel'))), 'legal', 'approve'),
      'pr',
      'approve',
    );
    expect(sendBlocker(approved, 'tampered')).toMatch(/exactly what was approved/);
  });

  it('an override approves exactly the current content', () => {
    const overridden = overrideApproval(newApproval(policy('sequence')), 'h9');
    expect(overridden.status).toBe('overridden');
    expect(sendBlocker(overridden, 'h9')).toBeUndefined();
    expect(sendBlocker(overridden, 'h1')).toMatch(/changed after it was approved/);
  });
});
