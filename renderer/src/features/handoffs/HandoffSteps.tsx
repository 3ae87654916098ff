import { useState, type FormEvent } from 'react';
import type { HandoffDoc } from '../../../../shared/schema/handoff.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { DialogActions } from '../command/DialogActions.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { useCommand } from '../commands/useCommand.ts';

/** The outgoing lead submits: step one of the two-person handover. */
export function SubmitBriefButton({
  brief,
  incoming,
}: {
  brief: HandoffDoc;
  /** The incoming lead's name; until one is chosen the node refuses and says so. */
  incoming: string | undefined;
}) {
  const { send, pending, failure } = useCommand('submitHandoffBrief');
  return (
    <div className="handoff-step">
      <Button variant="primary" busy={pending} onClick={() => void send({ briefId: brief.id })}>
        {incoming ? `Submit brief to ${incoming}` : 'Submit brief'}
      </Button>
      <RefusalNotice failure={failure} />
    </div>
  );
}

/** The incoming lead acknowledges, with questions if any; command passes to them. */
export function AcknowledgeBriefForm({ brief }: { brief: HandoffDoc }) {
  const { send, pending, failure } = useCommand('acknowledgeHandoffBrief');
  const [questions, setQuestions] = useState('');
  async function acknowledge(event: FormEvent) {
    event.preventDefault();
    const trimmed = questions.trim();
    await send({ briefId: brief.id, ...(trimmed ? { questions: trimmed } : {}) });
  }
  return (
    <form className="handoff-step handoff-acknowledge" onSubmit={acknowledge}>
      <TextAreaField
        label="Questions for the outgoing lead"
        value={questions}
        rows={3}
        maxLength={5000}
        hint="Optional. Command passes to you when you acknowledge; the questions go on the record."
        onChange={(event) => setQuestions(event.target.value)}
      />
      <RefusalNotice failure={failure} />
      <div>
        <Button type="submit" variant="primary" busy={pending}>
          Acknowledge and take command
        </Button>
      </div>
    </form>
  );
}

/** The outgoing lead withdraws a draft or submitted brief, saying why. */
export function WithdrawBriefButton({ brief }: { brief: HandoffDoc }) {
  const { send, pending, failure } = useCommand('withdrawHandoffBrief');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  async function withdraw(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    const outcome = await send({ briefId: brief.id, ...(trimmed ? { reason: trimmed } : {}) });
    if (outcome.ok) setOpen(false);
  }
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Withdraw brief
      </Button>
      {open ? (
        <Dialog title="Withdraw the brief" onClose={() => setOpen(false)}>
          <form className="stack" onSubmit={withdraw}>
            <TextAreaField
              label="Why"
              value={reason}
              rows={2}
              maxLength={2000}
              hint="Optional. The brief stays in the history; command stays with you."
              onChange={(event) => setReason(event.target.value)}
            />
            <RefusalNotice failure={failure} />
            <DialogActions
              submitLabel="Withdraw"
              pending={pending}
              onCancel={() => setOpen(false)}
            />
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
