import { useState, type FormEvent } from 'react';
import { IMPROVEMENT_STATUSES } from '../../../../shared/commands/updateImprovementItem.ts';
import type { ExerciseScenario } from '../../../../shared/exercises/scenarioSchema.ts';
import type { ExerciseDoc } from '../../../../shared/schema/exercise.ts';
import { usePeople, usePeopleById } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';

type Status = (typeof IMPROVEMENT_STATUSES)[number];

function ItemStatus({
  exercise,
  itemId,
  status,
}: {
  exercise: ExerciseDoc;
  itemId: string;
  status: Status;
}) {
  const { send } = useCommand('updateImprovementItem');
  return (
    <select
      className="control"
      aria-label="Status"
      value={status}
      onChange={(e) =>
        void send({ exerciseId: exercise.id, itemId, status: e.target.value as Status })
      }
    >
      {IMPROVEMENT_STATUSES.map((s) => (
        <option key={s} value={s}>
          {s}
        </option>
      ))}
    </select>
  );
}

function AddItemForm({
  exercise,
  scenario,
}: {
  exercise: ExerciseDoc;
  scenario: ExerciseScenario;
}) {
  const { documents: people } = usePeople();
  const { send, pending, failure } = useCommand('addImprovementItem');
  const [title, setTitle] = useState('');
  const [objectiveId, setObjectiveId] = useState(scenario.objectives[0]?.id ?? '');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ exerciseId: exercise.id, title, objectiveId, ownerId, dueDate });
    if (outcome.ok) setTitle('');
  }
  return (
    <form className="rating-form" onSubmit={submit} aria-label="Add improvement item">
      <TextField
        label="Improvement"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={problemFor(failure, 'title')}
      />
      <SelectField
        label="Objective"
        options={scenario.objectives.map((o) => ({ value: o.id, label: o.text }))}
        value={objectiveId}
        onChange={(e) => setObjectiveId(e.target.value)}
      />
      <SelectField
        label="Owner"
        options={[
          { value: '', label: 'Choose an owner…' },
          ...people.map((p) => ({ value: p.id, label: p.displayName })),
        ]}
        value={ownerId}
        onChange={(e) => setOwnerId(e.target.value)}
        error={problemFor(failure, 'ownerId')}
      />
      <TextField
        label="Due date"
        type="date"
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        error={problemFor(failure, 'dueDate')}
      />
      <div>
        <Button type="submit" busy={pending}>
          Add to plan
        </Button>
      </div>
    </form>
  );
}

/** The Improvement Plan: each item with an owner, a due date and a tracked status. */
export function ImprovementPlan({
  exercise,
  scenario,
  readOnly,
}: {
  exercise: ExerciseDoc;
  scenario: ExerciseScenario;
  readOnly: boolean;
}) {
  const people = usePeopleById();
  return (
    <section className="command-panel" aria-label="Improvement plan">
      <h2 className="section-title">
        Improvement plan <span className="count">{exercise.improvementItems.length}</span>
      </h2>
      <ul className="improvement-items" data-testid="improvement-items">
        {exercise.improvementItems.map((item) => (
          <li key={item.id} className="improvement-item">
            <span>
              {item.title} — {people.get(item.ownerId)?.displayName ?? item.ownerId}, due{' '}
              {item.dueDate}
            </span>
            {readOnly ? (
              <span>{item.status}</span>
            ) : (
              <ItemStatus exercise={exercise} itemId={item.id} status={item.status} />
            )}
          </li>
        ))}
      </ul>
      {readOnly ? null : <AddItemForm exercise={exercise} scenario={scenario} />}
    </section>
  );
}
