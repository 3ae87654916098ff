import { useState, type FormEvent } from 'react';
import type { RunInject } from '../../../../shared/exercises/exerciseRun.ts';
import type { ExerciseScenario } from '../../../../shared/exercises/scenarioSchema.ts';
import type { ExerciseDoc } from '../../../../shared/schema/exercise.ts';
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { DialogActions } from '../command/DialogActions.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';

/** Write a contingency inject during play (players stalled or went off script). */
export function ContingencyForm({
  exercise,
  scenario,
  parent,
  onDone,
}: {
  exercise: ExerciseDoc;
  scenario: ExerciseScenario;
  parent: RunInject;
  onDone: () => void;
}) {
  const { send, pending, failure } = useCommand('addContingencyInject');
  const [to, setTo] = useState(parent.to);
  const [from, setFrom] = useState(parent.from);
  const [message, setMessage] = useState('');
  const [expectedAction, setExpectedAction] = useState(parent.expectedAction);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({
      exerciseId: exercise.id,
      parentNumber: parent.number,
      to,
      from,
      message,
      expectedAction,
    });
    if (outcome.ok) onDone();
  }
  return (
    <form
      className="inject-form"
      onSubmit={submit}
      aria-label={`Contingency for inject ${parent.number}`}
    >
      <SelectField
        label="To"
        options={scenario.participantRoles.map((r) => ({ value: r.id, label: r.label }))}
        value={to}
        onChange={(e) => setTo(e.target.value)}
      />
      <TextField label="From" value={from} onChange={(e) => setFrom(e.target.value)} />
      <TextAreaField
        label="Contingency message"
        rows={2}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        error={problemFor(failure, 'message')}
        required
      />
      <TextAreaField
        label="Expected action"
        rows={2}
        value={expectedAction}
        onChange={(e) => setExpectedAction(e.target.value)}
        error={problemFor(failure, 'expectedAction')}
      />
      <RefusalNotice failure={failure} />
      <DialogActions submitLabel="Add contingency" pending={pending} onCancel={onDone} />
    </form>
  );
}
