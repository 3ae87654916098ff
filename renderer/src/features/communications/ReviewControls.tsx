import { useState } from 'react';
import { rolesAwaited, type ApprovalState } from '../../../../shared/communications/approval.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { useCommand } from '../commands/useCommand.ts';

/** Legal and PR review here: comment, request changes, approve — for the role whose turn it is. */
export function ReviewControls({
  messageId,
  approval,
  myRoles,
}: {
  messageId: string;
  approval: ApprovalState;
  /** The approver roles the person at this keyboard may act for. */
  myRoles: readonly string[];
}) {
  const { send, pending, failure } = useCommand('reviewCommunication');
  const awaited = rolesAwaited(approval).filter((r) => myRoles.includes(r));
  const [role, setRole] = useState(awaited[0] ?? myRoles[0] ?? '');
  const [comment, setComment] = useState('');
  const current = awaited.includes(role) ? role : (awaited[0] ?? role);
  async function review(action: 'comment' | 'request-changes' | 'approve') {
    const outcome = await send({
      messageId,
      role: current,
      action,
      ...(comment.trim() ? { comment } : {}),
    });
    if (outcome.ok) setComment('');
  }
  return (
    <div className="comms-review" aria-label="Review">
      <div className="form-row">
        <SelectField
          label="Review as"
          value={current}
          onChange={(event) => setRole(event.target.value)}
          options={approval.steps
            .filter((s) => myRoles.includes(s.role))
            .map((s) => ({ value: s.role, label: s.label }))}
        />
      </div>
      <TextAreaField
        label="Comment"
        value={comment}
        rows={2}
        onChange={(event) => setComment(event.target.value)}
        hint="Required to request changes; shown in the communications log."
      />
      <RefusalNotice failure={failure} />
      <div className="command-actions">
        <Button variant="primary" busy={pending} onClick={() => void review('approve')}>
          Approve
        </Button>
        <Button busy={pending} onClick={() => void review('request-changes')}>
          Request changes
        </Button>
        <Button variant="ghost" busy={pending} onClick={() => void review('comment')}>
          Comment
        </Button>
      </div>
    </div>
  );
}
