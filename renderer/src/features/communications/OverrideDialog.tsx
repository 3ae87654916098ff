import { useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { DialogActions } from '../command/DialogActions.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';

/** Approve without Legal and PR in an emergency; the justification goes to the decision log. */
export function OverrideDialog({ messageId, onClose }: { messageId: string; onClose: () => void }) {
  const { send, pending, failure } = useCommand('overrideCommunicationApproval');
  const [justification, setJustification] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    if ((await send({ messageId, justification })).ok) onClose();
  }
  return (
    <Dialog title="Emergency approval override" onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <p>
          Only the Communications Lead, or the fallback the decision-authority matrix names, may
          override. The justification is recorded in the decision log.
        </p>
        <TextAreaField
          label="Justification"
          value={justification}
          rows={3}
          required
          onChange={(event) => setJustification(event.target.value)}
          error={problemFor(failure, 'justification')}
        />
        <RefusalNotice failure={failure} />
        <DialogActions submitLabel="Override and approve" pending={pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
