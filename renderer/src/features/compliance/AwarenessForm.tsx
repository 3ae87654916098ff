import { useState, type FormEvent } from 'react';
import { zonedInputToIso } from '../../../../shared/time/displayTime.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';

/** Correct when the organisation became aware (before the declaration); the clocks follow it. */
export function AwarenessForm({ incidentId, zone }: { incidentId: string; zone: string }) {
  const { send, pending, failure } = useCommand('correctAwareness');
  const [at, setAt] = useState('');
  const [reason, setReason] = useState('');
  const [timeProblem, setTimeProblem] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const iso = zonedInputToIso(at, zone);
    if (!iso) return setTimeProblem('Give the date and time the organisation became aware');
    setTimeProblem(undefined);
    await send({ incidentId, at: iso, reason });
  }

  return (
    <form className="filing-form" onSubmit={submit} aria-label="Correct awareness">
      <TextField
        label={`Aware since (${zone})`}
        type="datetime-local"
        value={at}
        onChange={(e) => setAt(e.target.value)}
        error={timeProblem ?? problemFor(failure, 'at')}
      />
      <TextField
        label="How you know"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={problemFor(failure, 'reason')}
      />
      <Button type="submit" variant="secondary" busy={pending}>
        Correct awareness
      </Button>
    </form>
  );
}
