import { useState } from 'react';
import type { RunInject } from '../../../../shared/exercises/exerciseRun.ts';
import { formatScenarioTime } from '../../../../shared/exercises/exerciseClock.ts';
import { participantRoleLabel } from '../../../../shared/exercises/injectText.ts';
import type { ExerciseScenario } from '../../../../shared/exercises/scenarioSchema.ts';
import type { ExerciseDoc } from '../../../../shared/schema/exercise.ts';
import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { ContingencyForm } from './ContingencyForm.tsx';

function InjectStatus({ inject }: { inject: RunInject }) {
  const { state } = inject;
  if (state.status === 'released')
    return (
      <span className="inject-status inject-released">
        Released {formatScenarioTime(state.scenarioSeconds ?? 0)} ·{' '}
        {state.releaseMode === 'schedule' ? 'on schedule' : 'by hand'}
      </span>
    );
  if (state.status === 'skipped')
    return <span className="inject-status inject-skipped">Skipped</span>;
  return <span className="inject-status inject-pending">Pending</span>;
}

function PlayerActions({ actions }: { actions: readonly TimelineEntryDoc[] }) {
  const { time } = useTimeFormat();
  const people = usePeopleById();
  if (actions.length === 0) return <p className="muted">No player actions yet.</p>;
  return (
    <ul className="player-actions" data-testid="player-actions">
      {actions.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.at}>{time(entry.at)}</time>{' '}
          <strong>{people.get(entry.actorId)?.displayName ?? entry.actorId}</strong>: {entry.text}
        </li>
      ))}
    </ul>
  );
}

/** One MSEL line in play: the inject, what was expected, what players did, and the controls. */
export function RunInjectRow({
  exercise,
  scenario,
  inject,
  actions,
  canControl,
}: {
  exercise: ExerciseDoc;
  scenario: ExerciseScenario;
  inject: RunInject;
  actions: readonly TimelineEntryDoc[];
  canControl: boolean;
}) {
  const release = useCommand('releaseInject');
  const skip = useCommand('skipInject');
  const [adding, setAdding] = useState(false);
  const pending = inject.state.status === 'pending';
  const live = exercise.clock.state !== 'ended';
  return (
    <li
      className={`run-inject run-inject-${inject.state.status}`}
      data-testid="run-inject"
      data-inject={inject.number}
    >
      <div className="run-inject-head">
        <span className="msel-number">{inject.number}</span>
        <span className="msel-time">{inject.time}</span>
        <span>
          {inject.from} → <strong>{participantRoleLabel(scenario, inject.to)}</strong> by{' '}
          {inject.method}
        </span>
        {inject.contingency ? <span className="contingency-tag">Contingency</span> : null}
        <InjectStatus inject={inject} />
      </div>
      <p className="msel-message">{inject.message}</p>
      <div className="run-inject-compare">
        <div>
          <h3 className="compare-title">Expected</h3>
          <p>{inject.expectedAction}</p>
        </div>
        <div>
          <h3 className="compare-title">Players did</h3>
          {inject.state.status === 'released' ? (
            <PlayerActions actions={actions} />
          ) : (
            <p className="muted">—</p>
          )}
        </div>
      </div>
      {canControl && live ? (
        <div className="command-actions">
          {pending ? (
            <>
              <Button
                variant="primary"
                busy={release.pending}
                onClick={() =>
                  void release.send({ exerciseId: exercise.id, number: inject.number })
                }
              >
                Release now
              </Button>
              <Button
                variant="ghost"
                busy={skip.pending}
                onClick={() => void skip.send({ exerciseId: exercise.id, number: inject.number })}
              >
                Skip
              </Button>
            </>
          ) : null}
          <Button variant="ghost" onClick={() => setAdding((v) => !v)}>
            Add contingency
          </Button>
        </div>
      ) : null}
      {adding ? (
        <ContingencyForm
          exercise={exercise}
          scenario={scenario}
          parent={inject}
          onDone={() => setAdding(false)}
        />
      ) : null}
    </li>
  );
}
