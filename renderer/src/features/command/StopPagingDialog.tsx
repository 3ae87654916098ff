import { useState, type FormEvent } from 'react';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { TextAreaField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { DialogActions } from './DialogActions.tsx';
import { RefusalNotice } from './RefusalNotice.tsx';

/** The commander calls paging off without an acknowledgement, saying why. */
export function StopPagingDialog({
  incident,
  escalationId,
  onClose,
}: {
  incident: IncidentDoc;
  escalationId: string;
  onClose: () => void;
}) {
  const { send, pending, failure } = useCommand('cancelEscalation');
  const [reason, setReason] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ escalationId, reason });
    if (outcome.ok) onClose();
  }

  return (
    <Dialog title={`Stop paging for ${incident.reference}`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <TextAreaField
          label="Reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          hint="For the timeline, e.g. the responders are already on the bridge."
          error={problemFor(failure, 'reason')}
          required
          rows={3}
        />
        <RefusalNotice failure={failure} />
        <DialogActions submitLabel="Stop paging" pending={pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
