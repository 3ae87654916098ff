import { useState, type FormEvent } from 'react';
import { EVALUATION_RATINGS, RATING_LABELS } from '../../../../shared/exercises/evaluation.ts';
import type {
  ExerciseScenario,
  ScenarioObjective,
} from '../../../../shared/exercises/scenarioSchema.ts';
import type { ExerciseDoc } from '../../../../shared/schema/exercise.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';

const RATING_OPTIONS = EVALUATION_RATINGS.map((r) => ({
  value: r,
  label: `${r} — ${RATING_LABELS[r]}`,
}));

function ObjectiveRating({
  exercise,
  objective,
  readOnly,
}: {
  exercise: ExerciseDoc;
  objective: ScenarioObjective;
  readOnly: boolean;
}) {
  const people = usePeopleById();
  const { send, pending, failure } = useCommand('rateObjective');
  const [rating, setRating] = useState<(typeof EVALUATION_RATINGS)[number]>('P');
  const [observations, setObservations] = useState('');
  const given = exercise.ratings.filter((r) => r.objectiveId === objective.id);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({
      exerciseId: exercise.id,
      objectiveId: objective.id,
      rating,
      observations,
    });
    if (outcome.ok) setObservations('');
  }
  return (
    <li className="objective" data-testid="objective" data-objective={objective.id}>
      <p className="objective-text">{objective.text}</p>
      {objective.capability ? <p className="muted">{objective.capability}</p> : null}
      <ul className="ratings">
        {given.map((r) => (
          <li key={r.evaluatorId}>
            <span className={`rating-badge rating-${r.rating}`}>{r.rating}</span>{' '}
            {people.get(r.evaluatorId)?.displayName ?? r.evaluatorId}: {r.observations}
          </li>
        ))}
      </ul>
      {readOnly ? null : (
        <form className="rating-form" onSubmit={submit} aria-label={`Rate ${objective.id}`}>
          <SelectField
            label="Rating"
            options={RATING_OPTIONS}
            value={rating}
            onChange={(e) => setRating(e.target.value as typeof rating)}
          />
          <TextAreaField
            label="Observations"
            rows={2}
            value={observations}
            onChange={(e) => setObservations(e.target.value)}
            error={problemFor(failure, 'observations')}
          />
          <div>
            <Button type="submit" busy={pending}>
              Save rating
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}

/** Evaluators rate each objective P, S, M or U with what they observed. */
export function ObjectiveRatings({
  exercise,
  scenario,
  readOnly,
}: {
  exercise: ExerciseDoc;
  scenario: ExerciseScenario;
  readOnly: boolean;
}) {
  return (
    <section className="command-panel" aria-label="Objectives and ratings">
      <h2 className="section-title">Objectives and ratings</h2>
      <ol className="objectives">
        {scenario.objectives.map((objective) => (
          <ObjectiveRating
            key={objective.id}
            exercise={exercise}
            objective={objective}
            readOnly={readOnly}
          />
        ))}
      </ol>
    </section>
  );
}
