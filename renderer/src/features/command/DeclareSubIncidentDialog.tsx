import { useState, type FormEvent } from 'react';
import type { Severity } from '../../../../shared/domain/severity.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { SEVERITY_OPTIONS } from '../incidents/incidentOptions.ts';
import { DialogActions } from './DialogActions.tsx';
import { RefusalNotice } from './RefusalNotice.tsx';
import { personOptions } from './roleOptions.ts';

/** Split off one area (site, region, business unit) under its own lead. */
export function DeclareSubIncidentDialog({
  incident,
  onClose,
}: {
  incident: IncidentDoc;
  onClose: () => void;
}) {
  const { send, pending, failure } = useCommand('declareSubIncident');
  const people = personOptions(usePeople().documents);
  const [title, setTitle] = useState('');
  const [area, setArea] = useState('');
  const [severity, setSeverity] = useState<Severity>(incident.severity);
  const [leadId, setLeadId] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ parentId: incident.id, title, area, severity, leadId });
    if (outcome.ok) onClose();
  }

  return (
    <Dialog title={`Declare a sub-incident of ${incident.reference}`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <TextField
          label="Title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={problemFor(failure, 'title')}
          required
        />
        <TextField
          label="Area"
          value={area}
          onChange={(event) => setArea(event.target.value)}
          error={problemFor(failure, 'area')}
          hint="The site, region or business unit it covers, e.g. EMEA."
          required
        />
        <div className="form-row">
          <SelectField
            label="Severity"
            options={SEVERITY_OPTIONS}
            value={severity}
            onChange={(event) => setSeverity(event.target.value as Severity)}
            error={problemFor(failure, 'severity')}
          />
          <SelectField
            label="Lead"
            options={[{ value: '', label: 'Choose…' }, ...people]}
            value={leadId}
            onChange={(event) => setLeadId(event.target.value)}
            error={problemFor(failure, 'leadId')}
            required
          />
        </div>
        <RefusalNotice failure={failure} />
        <DialogActions submitLabel="Declare sub-incident" pending={pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
