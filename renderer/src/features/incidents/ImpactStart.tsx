import { useState, type FormEvent } from 'react';
import {
  isoToZonedInput,
  zoneLabel,
  zonedInputToIso,
} from '../../../../shared/time/displayTime.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';

/** When the impact began, and (unless read-only) a way to record or correct it. */
export function ImpactStart({ incident, readOnly }: { incident: IncidentDoc; readOnly: boolean }) {
  const { dateTime, zone } = useTimeFormat();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const { send, pending, failure } = useCommand('setImpactStart');
  const known = incident.impactStartedAt;

  function start() {
    setValue(known ? isoToZonedInput(known, zone) : '');
    setEditing(true);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const impactStartedAt = zonedInputToIso(value, zone) ?? value;
    const outcome = await send({ incidentId: incident.id, impactStartedAt });
    if (outcome.ok) setEditing(false);
  }

  if (editing)
    return (
      <form className="impact-start-form" onSubmit={save} aria-label="Impact started">
        <TextField
          type="datetime-local"
          label={`Impact started (${zoneLabel(zone, new Date())})`}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={problemFor(failure, 'impactStartedAt')}
          required
        />
        <Button type="submit" variant="primary" busy={pending}>
          Save
        </Button>
        <Button variant="ghost" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </form>
    );
  return (
    <span data-testid="impact-started">
      {known ? dateTime(known) : 'Not recorded'}
      {readOnly ? null : (
        <>
          {' '}
          <Button variant="ghost" onClick={start}>
            {known ? 'Correct' : 'Record'}
          </Button>
        </>
      )}
    </span>
  );
}
