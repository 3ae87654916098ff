import { useState, type FormEvent } from 'react';
import { HOT_WASH_KINDS } from '../../../../shared/commands/addHotWashNote.ts';
import type { ExerciseDoc } from '../../../../shared/schema/exercise.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';

const KIND_LABELS: Record<(typeof HOT_WASH_KINDS)[number], string> = {
  strength: 'Strength',
  improvement: 'Area for improvement',
  note: 'Note',
};

/** The hot wash: what went well and what to improve, captured straight after play. */
export function HotWash({ exercise, readOnly }: { exercise: ExerciseDoc; readOnly: boolean }) {
  const people = usePeopleById();
  const { send, pending, failure } = useCommand('addHotWashNote');
  const [kind, setKind] = useState<(typeof HOT_WASH_KINDS)[number]>('strength');
  const [text, setText] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ exerciseId: exercise.id, kind, text });
    if (outcome.ok) setText('');
  }
  return (
    <section className="command-panel" aria-label="Hot wash">
      <h2 className="section-title">
        Hot wash <span className="count">{exercise.hotWash.length}</span>
      </h2>
      <ul className="hot-wash" data-testid="hot-wash">
        {exercise.hotWash.map((note) => (
          <li key={note.id}>
            <span className={`hot-wash-kind hot-wash-${note.kind}`}>{KIND_LABELS[note.kind]}</span>{' '}
            {note.text}{' '}
            <span className="muted">
              — {people.get(note.authorId)?.displayName ?? note.authorId}
            </span>
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <form className="rating-form" onSubmit={submit} aria-label="Add hot-wash note">
          <SelectField
            label="Kind"
            options={HOT_WASH_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            value={kind}
            onChange={(e) => setKind(e.target.value as typeof kind)}
          />
          <TextAreaField
            label="Hot-wash note"
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={problemFor(failure, 'text')}
          />
          <div>
            <Button type="submit" busy={pending}>
              Add note
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
