import { useState, type FormEvent } from 'react';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { DialogActions } from './DialogActions.tsx';
import { RefusalNotice } from './RefusalNotice.tsx';
import { personOptions } from './roleOptions.ts';

/** Hand command to someone present; the handover is one starred timeline entry. */
export function TransferCommandDialog({
  incident,
  onClose,
}: {
  incident: IncidentDoc;
  onClose: () => void;
}) {
  const { send, pending, failure } = useCommand('transferCommand');
  const people = personOptions(usePeople().documents);
  const [toPersonId, setToPersonId] = useState('');
  const [note, setNote] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ incidentId: incident.id, toPersonId, ...(note ? { note } : {}) });
    if (outcome.ok) onClose();
  }

  return (
    <Dialog title={`Transfer command of ${incident.reference}`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <SelectField
          label="New commander"
          options={[{ value: '', label: 'Choose…' }, ...people]}
          value={toPersonId}
          onChange={(event) => setToPersonId(event.target.value)}
          error={problemFor(failure, 'toPersonId')}
          required
        />
        <TextAreaField
          label="Note"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          hint="Optional: the handover brief in a sentence."
          rows={2}
        />
        <RefusalNotice failure={failure} />
        <DialogActions submitLabel="Transfer command" pending={pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
