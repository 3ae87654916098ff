import { useState, type FormEvent } from 'react';
import type { Severity } from '../../../../shared/domain/severity.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { SEVERITY_OPTIONS } from '../incidents/incidentOptions.ts';
import { DialogActions } from './DialogActions.tsx';
import { RefusalNotice } from './RefusalNotice.tsx';

/** Change the severity with a reason; raising or lowering needs the matrix's authority. */
export function ReclassifyDialog({
  incident,
  onClose,
}: {
  incident: IncidentDoc;
  onClose: () => void;
}) {
  const { send, pending, failure } = useCommand('reclassifyIncident');
  const [severity, setSeverity] = useState<Severity>(incident.severity);
  const [reason, setReason] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ incidentId: incident.id, severity, reason });
    if (outcome.ok) onClose();
  }

  return (
    <Dialog title={`Reclassify ${incident.reference}`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <SelectField
          label="Severity"
          options={SEVERITY_OPTIONS}
          value={severity}
          onChange={(event) => setSeverity(event.target.value as Severity)}
          error={problemFor(failure, 'severity')}
        />
        <TextAreaField
          label="Reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={problemFor(failure, 'reason')}
          required
          rows={3}
        />
        <RefusalNotice failure={failure} />
        <DialogActions submitLabel="Reclassify" pending={pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
