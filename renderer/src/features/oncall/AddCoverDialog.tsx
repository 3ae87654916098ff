import { useState, type FormEvent } from 'react';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { DialogActions } from '../command/DialogActions.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';

/** A datetime-local value (the browser's time zone) as an ISO instant; '' when empty. */
function toInstant(local: string): string {
  const parsed = new Date(local);
  return local && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : '';
}

/** Someone covers the rotation for a window: a swap, sickness, a holiday. */
export function AddCoverDialog({
  rotationId,
  rotationName,
  onClose,
}: {
  rotationId: string;
  rotationName: string;
  onClose: () => void;
}) {
  const { send, pending, failure } = useCommand('overrideOnCall');
  const { documents: people } = usePeople();
  const [personId, setPersonId] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [reason, setReason] = useState('');
  const options = [
    { value: '', label: 'Choose a person' },
    ...people
      .map((person) => ({ value: person.id, label: person.displayName }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({
      rotationId,
      personId,
      start: toInstant(start),
      end: toInstant(end),
      ...(reason.trim() ? { reason } : {}),
    });
    if (outcome.ok) onClose();
  }

  return (
    <Dialog title={`Cover ${rotationName}`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <SelectField
          label="Person"
          options={options}
          value={personId}
          onChange={(event) => setPersonId(event.target.value)}
          error={problemFor(failure, 'personId')}
        />
        <div className="form-row">
          <TextField
            label="Starts"
            type="datetime-local"
            value={start}
            onChange={(event) => setStart(event.target.value)}
            error={problemFor(failure, 'start')}
            required
          />
          <TextField
            label="Ends"
            type="datetime-local"
            value={end}
            onChange={(event) => setEnd(event.target.value)}
            error={problemFor(failure, 'end')}
            required
          />
        </div>
        <TextField
          label="Reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          hint="Optional, e.g. swap with Zofia."
        />
        <RefusalNotice failure={failure} />
        <DialogActions submitLabel="Add cover" pending={pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
