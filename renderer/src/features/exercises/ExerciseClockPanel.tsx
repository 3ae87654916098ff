import {
  elapsedScenarioSeconds,
  formatScenarioTime,
  type ClockAction,
  type ExerciseClock,
} from '../../../../shared/exercises/exerciseClock.ts';
import type { ExerciseDoc } from '../../../../shared/schema/exercise.ts';
import { Button } from '../../ui/Button.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { useNow } from '../incidents/useNow.ts';

const STATE_LABELS: Record<ExerciseClock['state'], string> = {
  ready: 'Ready — clock not started',
  running: 'Running',
  paused: 'Paused — scheduled injects wait',
  ended: 'Ended (ENDEX)',
};

/** Scenario time, large, and the facilitator's start / pause / resume / end. */
export function ExerciseClockPanel({
  exercise,
  canControl,
}: {
  exercise: ExerciseDoc;
  canControl: boolean;
}) {
  const now = useNow(500);
  const clock = exercise.clock as ExerciseClock;
  const { send, pending } = useCommand('controlExerciseClock');
  const act = (action: ClockAction) => void send({ exerciseId: exercise.id, action });
  return (
    <section className={`exercise-clock exercise-clock-${clock.state}`} aria-label="Exercise clock">
      <div className="exercise-clock-time" data-testid="scenario-time">
        {formatScenarioTime(elapsedScenarioSeconds(clock, new Date(now)))}
      </div>
      <div className="exercise-clock-state" data-testid="clock-state">
        {STATE_LABELS[clock.state]}
      </div>
      {canControl ? (
        <div className="command-actions">
          {clock.state === 'ready' ? (
            <Button variant="primary" busy={pending} onClick={() => act('start')}>
              Start clock
            </Button>
          ) : null}
          {clock.state === 'running' ? (
            <Button busy={pending} onClick={() => act('pause')}>
              Pause
            </Button>
          ) : null}
          {clock.state === 'paused' ? (
            <Button variant="primary" busy={pending} onClick={() => act('resume')}>
              Resume
            </Button>
          ) : null}
          {clock.state !== 'ended' ? (
            <Button variant="danger" busy={pending} onClick={() => act('end')}>
              End exercise
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
