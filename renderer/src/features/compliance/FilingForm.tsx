import { useState, type FormEvent } from 'react';
import type { Obligation } from '../../../../shared/compliance/obligations.ts';
import { zonedInputToIso } from '../../../../shared/time/displayTime.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';

interface FilingFormProps {
  incidentId: string;
  obligation: Obligation;
  zone: string;
}

/** Record that this notification was sent: to whom, its reference, and when (now if left empty). */
export function FilingForm({ incidentId, obligation, zone }: FilingFormProps) {
  const { send, pending, failure } = useCommand('recordObligationFiling');
  const [recipient, setRecipient] = useState(obligation.recipient);
  const [reference, setReference] = useState('');
  const [filedAt, setFiledAt] = useState('');
  const [timeProblem, setTimeProblem] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const iso = filedAt ? zonedInputToIso(filedAt, zone) : undefined;
    if (filedAt && !iso) return setTimeProblem('Give a date and time, or leave it empty for now');
    setTimeProblem(undefined);
    await send({
      incidentId,
      obligationId: obligation.id,
      recipient,
      ...(reference.trim() ? { reference } : {}),
      ...(iso ? { filedAt: iso } : {}),
    });
  }

  return (
    <form
      className="filing-form"
      onSubmit={submit}
      aria-label={`Record the filing: ${obligation.title}`}
    >
      <TextField
        label="Sent to"
        value={recipient}
        onChange={(e) => setRecipient(e.target.value)}
        error={problemFor(failure, 'recipient')}
      />
      <TextField
        label="Reference (optional)"
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        error={problemFor(failure, 'reference')}
      />
      <TextField
        label={`Sent at (${zone}; empty = now)`}
        type="datetime-local"
        value={filedAt}
        onChange={(e) => setFiledAt(e.target.value)}
        error={timeProblem ?? problemFor(failure, 'filedAt')}
      />
      <Button type="submit" busy={pending}>
        Record as filed
      </Button>
    </form>
  );
}
