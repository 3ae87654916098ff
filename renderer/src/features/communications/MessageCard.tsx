import { useState } from 'react';
import type { ApprovalState } from '../../../../shared/communications/approval.ts';
import type { Audience } from '../../../../shared/communications/configSchemas.ts';
import type { Delivery } from '../../../../shared/communications/deliveries.ts';
import type { CommunicationDoc } from '../../../../shared/schema/communication.ts';
import type { CommunicationLogDoc } from '../../../../shared/schema/communicationLog.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { DeliveryTable } from './DeliveryTable.tsx';
import { MessageEditor } from './MessageEditor.tsx';
import { OverrideDialog } from './OverrideDialog.tsx';
import { ReviewControls } from './ReviewControls.tsx';
import { useMyApproverRoles } from './communicationQueries.ts';
import { messageStage, STAGE_LABELS } from './communicationView.ts';

function ApprovalSteps({ approval }: { approval: ApprovalState }) {
  const { time } = useTimeFormat();
  const people = usePeopleById();
  if (approval.steps.length === 0) return null;
  return (
    <ol className="comms-approvals" aria-label="Approvals">
      {approval.steps.map((step) => (
        <li
          key={step.role}
          className={`comms-approval comms-approval-${step.state}`}
          data-testid="approval-step"
        >
          <strong>{step.label}</strong>{' '}
          {step.state === 'pending'
            ? 'pending'
            : `${step.state === 'approved' ? 'approved' : 'requested changes'} — ${people.get(step.by ?? '')?.displayName ?? step.by} at ${time(step.at ?? '')}`}
        </li>
      ))}
      {approval.status === 'overridden' ? (
        <li className="comms-approval comms-approval-overridden">Emergency override</li>
      ) : null}
    </ol>
  );
}

/** One update: what it says, where it stands with Legal and PR, the actions it allows, and who got it. */
export function MessageCard({
  message,
  audience,
  readOnly,
  discussion = [],
}: {
  message: CommunicationDoc;
  audience: Audience | undefined;
  readOnly: boolean;
  /** Reviewers' comments, change requests and override justifications, oldest first. */
  discussion?: readonly CommunicationLogDoc[];
}) {
  const { time } = useTimeFormat();
  const people = usePeopleById();
  const [editing, setEditing] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const request = useCommand('requestCommunicationApproval');
  const sendMessage = useCommand('sendCommunication');
  const stage = messageStage(message);
  const approval = message.approval as ApprovalState | undefined;
  const myRoles = useMyApproverRoles(approval?.policyId);
  const sent = Boolean(message.sentAt);
  const canSend =
    !sent &&
    (stage === 'draft'
      ? approval?.status === 'not-required'
      : stage === 'approved' || stage === 'overridden');
  const reviewing = !sent && (stage === 'in-review' || stage === 'changes-requested') && approval;
  return (
    <article
      className={`comms-message comms-stage-${stage}`}
      data-testid="comms-message"
      data-stage={stage}
      aria-label={message.subject}
    >
      <header className="comms-message-head">
        <span className="comms-audience">{audience?.name ?? message.audienceId}</span>
        {message.external ? <span className="comms-external-tag">External</span> : null}
        <span className={`comms-stage comms-stage-tag-${stage}`} data-testid="comms-stage">
          {STAGE_LABELS[stage]}
        </span>
        <span className="muted">
          {sent
            ? `sent ${time(message.sentAt ?? '')} by ${people.get(message.sentBy ?? '')?.displayName ?? message.sentBy}`
            : `drafted ${time(message.createdAt)} by ${people.get(message.draftedBy ?? '')?.displayName ?? message.draftedBy}`}
        </span>
      </header>
      {editing ? (
        <MessageEditor
          messageId={message.id}
          subject={message.subject ?? ''}
          body={message.body ?? ''}
          onDone={() => setEditing(false)}
        />
      ) : (
        <>
          <h3 className="comms-subject">{message.subject}</h3>
          <p className="comms-body">{message.body}</p>
        </>
      )}
      {approval ? <ApprovalSteps approval={approval} /> : null}
      {discussion.length > 0 ? (
        <ol className="comms-discussion" aria-label="Review comments">
          {discussion.map((entry) => (
            <li key={entry.id} data-testid="review-comment">
              <time dateTime={entry.at}>{time(entry.at)}</time> {entry.text}
            </li>
          ))}
        </ol>
      ) : null}
      {readOnly || sent || editing ? null : (
        <div className="command-actions">
          {canSend ? (
            <Button
              variant="primary"
              busy={sendMessage.pending}
              onClick={() => void sendMessage.send({ messageId: message.id })}
            >
              Send now
            </Button>
          ) : null}
          {approval?.status === 'not-requested' ? (
            <Button
              variant="primary"
              busy={request.pending}
              onClick={() => void request.send({ messageId: message.id })}
            >
              Request approval
            </Button>
          ) : null}
          <Button onClick={() => setEditing(true)}>Edit</Button>
          {message.external && stage !== 'approved' && stage !== 'overridden' ? (
            <Button variant="danger" onClick={() => setOverriding(true)}>
              Emergency override…
            </Button>
          ) : null}
        </div>
      )}
      <RefusalNotice failure={sendMessage.failure ?? request.failure} />
      {reviewing && !readOnly && myRoles.length > 0 ? (
        <ReviewControls messageId={message.id} approval={approval} myRoles={myRoles} />
      ) : null}
      {sent ? (
        <DeliveryTable
          messageId={message.id}
          text={`${message.subject ?? ''}\n\n${message.body ?? ''}`}
          deliveries={(message.deliveries ?? []) as Delivery[]}
          readOnly={readOnly}
        />
      ) : null}
      {overriding ? (
        <OverrideDialog messageId={message.id} onClose={() => setOverriding(false)} />
      ) : null}
    </article>
  );
}
