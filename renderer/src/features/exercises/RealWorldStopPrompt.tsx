import { Link } from 'react-router-dom';
import { awaitsRealWorldAnswer } from '../../../../shared/exercises/realWorldStop.ts';
import type { ExerciseDoc } from '../../../../shared/schema/exercise.ts';
import { Button } from '../../ui/Button.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { useCommand } from '../commands/useCommand.ts';

/**
 * A real incident was declared while this exercise is in play: the
 * facilitator decides at once whether play stops ("real-world stop") or
 * carries on. Everyone else sees that the question is open.
 */
export function RealWorldStopPrompt({
  exercise,
  canControl,
}: {
  exercise: ExerciseDoc;
  canControl: boolean;
}) {
  const { send, pending, failure } = useCommand('answerRealWorldStop');
  const stop = exercise.realWorldStop;
  if (!stop || !awaitsRealWorldAnswer(exercise)) return null;
  const answer = (decision: 'paused' | 'continued') =>
    void send({ exerciseId: exercise.id, decision });
  return (
    <section className="real-world-stop" role="alert" data-testid="real-world-stop-prompt">
      <h2 className="real-world-stop-title">Real incident declared — real-world stop?</h2>
      <p>
        <Link to={`/incidents/${stop.incidentId}`}>
          {stop.reference} “{stop.title}”
        </Link>{' '}
        is a real incident. Players may be needed for it.
      </p>
      {canControl ? (
        <div className="command-actions">
          <Button variant="danger" busy={pending} onClick={() => answer('paused')}>
            Pause the exercise (real-world stop)
          </Button>
          <Button busy={pending} onClick={() => answer('continued')}>
            Continue the exercise
          </Button>
        </div>
      ) : (
        <p className="muted">Waiting for the facilitator to decide.</p>
      )}
      <RefusalNotice failure={failure} />
    </section>
  );
}
