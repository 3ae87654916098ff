import { useState, type FormEvent } from 'react';
import { STATUS_TARGETS } from '../../../../shared/commands/changeIncidentStatus.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { DialogActions } from './DialogActions.tsx';
import { RefusalNotice } from './RefusalNotice.tsx';

type StatusTarget = (typeof STATUS_TARGETS)[number];

const STATUS_OPTIONS = STATUS_TARGETS.map((status) => ({
  value: status,
  label: status.charAt(0).toUpperCase() + status.slice(1),
}));

/** Move the incident on (investigating → mitigated → resolved → closed); closing needs authority. */
export function ChangeStatusDialog({
  incident,
  onClose,
}: {
  incident: IncidentDoc;
  onClose: () => void;
}) {
  const { send, pending, failure } = useCommand('changeIncidentStatus');
  const next = STATUS_TARGETS.find((s) => s !== incident.status) ?? 'investigating';
  const [status, setStatus] = useState<StatusTarget>(next);
  const [note, setNote] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ incidentId: incident.id, status, ...(note ? { note } : {}) });
    if (outcome.ok) onClose();
  }

  return (
    <Dialog title={`Change status of ${incident.reference}`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <SelectField
          label="New status"
          options={STATUS_OPTIONS}
          value={status}
          onChange={(event) => setStatus(event.target.value as StatusTarget)}
          error={problemFor(failure, 'status')}
        />
        <TextAreaField
          label="Note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          hint="Optional: what changed, for the timeline."
          rows={3}
        />
        <RefusalNotice failure={failure} />
        <DialogActions submitLabel="Change status" pending={pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
