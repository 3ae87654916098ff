import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ExerciseScenario } from '../../../../shared/exercises/scenarioSchema.ts';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { DialogActions } from '../command/DialogActions.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';

function StartExerciseDialog({
  scenario,
  onClose,
}: {
  scenario: ExerciseScenario;
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const me = useAppSelector(selectCurrentPersonId);
  const { documents: people } = usePeople();
  const { send, pending, failure } = useCommand('startExercise');
  const [commanderId, setCommanderId] = useState(me ?? '');
  const options = people.map((p) => ({ value: p.id, label: p.displayName }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ scenarioId: scenario.id, commanderId });
    if (outcome.ok) navigate(`/exercises/${outcome.result.exercise.id}`);
  }

  return (
    <Dialog title={`Start “${scenario.title}”`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <p className="muted">
          You facilitate. An EXERCISE incident is declared for the players; the exercise clock
          starts when you press Start clock in the console.
        </p>
        <SelectField
          label="Player in command of the exercise incident"
          options={options}
          value={commanderId}
          onChange={(event) => setCommanderId(event.target.value)}
          error={problemFor(failure, 'commanderId')}
        />
        <RefusalNotice failure={failure} />
        <DialogActions submitLabel="Set up exercise" pending={pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export function StartExerciseButton({ scenario }: { scenario: ExerciseScenario }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        Start exercise
      </Button>
      {open ? <StartExerciseDialog scenario={scenario} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
