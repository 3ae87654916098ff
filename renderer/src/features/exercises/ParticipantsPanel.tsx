import { useState } from 'react';
import { participantRoleLabel } from '../../../../shared/exercises/injectText.ts';
import type { ExerciseScenario } from '../../../../shared/exercises/scenarioSchema.ts';
import type { ExerciseDoc } from '../../../../shared/schema/exercise.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { Button } from '../../ui/Button.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';

/** Who takes part and as what; anyone can sign themselves in as a player or an evaluator. */
export function ParticipantsPanel({
  exercise,
  scenario,
  readOnly,
}: {
  exercise: ExerciseDoc;
  scenario: ExerciseScenario;
  readOnly: boolean;
}) {
  const people = usePeopleById();
  const me = useAppSelector(selectCurrentPersonId);
  const { send, pending } = useCommand('joinExercise');
  const [playerRole, setPlayerRole] = useState(scenario.participantRoles[0]?.id ?? '');
  const joined = exercise.participants.some((p) => p.personId === me);
  return (
    <section className="command-panel" aria-label="Participants">
      <h2 className="section-title">
        Participants <span className="count">{exercise.participants.length}</span>
      </h2>
      <ul className="participants" data-testid="participants">
        {exercise.participants.map((p) => (
          <li key={p.personId}>
            {people.get(p.personId)?.displayName ?? p.personId}{' '}
            <span className="muted">
              {p.exerciseRole}
              {p.playerRole ? ` · ${participantRoleLabel(scenario, p.playerRole)}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {readOnly || joined ? null : (
        <div className="command-actions">
          <select
            className="control"
            aria-label="Role to play"
            value={playerRole}
            onChange={(e) => setPlayerRole(e.target.value)}
          >
            {scenario.participantRoles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
          <Button
            variant="primary"
            busy={pending}
            onClick={() =>
              void send({ exerciseId: exercise.id, exerciseRole: 'player', playerRole })
            }
          >
            Join as player
          </Button>
          <Button
            busy={pending}
            onClick={() => void send({ exerciseId: exercise.id, exerciseRole: 'evaluator' })}
          >
            Join as evaluator
          </Button>
        </div>
      )}
    </section>
  );
}
