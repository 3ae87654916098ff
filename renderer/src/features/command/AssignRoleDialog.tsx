import { useState, type FormEvent } from 'react';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useCommandStructure } from '../../app/db/commandQueries.ts';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { DialogActions } from './DialogActions.tsx';
import { RefusalNotice } from './RefusalNotice.tsx';
import { assignableRoleOptions, personOptions } from './roleOptions.ts';

const CHOOSE = { value: '', label: 'Choose…' };

/** Put someone in a command role; one-person roles change hands. */
export function AssignRoleDialog({
  incident,
  onClose,
}: {
  incident: IncidentDoc;
  onClose: () => void;
}) {
  const { send, pending, failure } = useCommand('assignRole');
  const roles = assignableRoleOptions(useCommandStructure());
  const people = personOptions(usePeople().documents);
  const [role, setRole] = useState(roles[0]?.value ?? '');
  const [personId, setPersonId] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ incidentId: incident.id, role, personId });
    if (outcome.ok) onClose();
  }

  return (
    <Dialog title={`Assign a role in ${incident.reference}`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <SelectField
          label="Role"
          options={roles}
          value={role}
          onChange={(event) => setRole(event.target.value)}
          error={problemFor(failure, 'role')}
        />
        <SelectField
          label="Person"
          options={[CHOOSE, ...people]}
          value={personId}
          onChange={(event) => setPersonId(event.target.value)}
          error={problemFor(failure, 'personId')}
          required
        />
        <RefusalNotice failure={failure} />
        <DialogActions submitLabel="Assign role" pending={pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
