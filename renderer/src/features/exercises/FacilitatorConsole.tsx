import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { runInjects, scenarioOf } from '../../../../shared/exercises/exerciseRun.ts';
import { responsesToInjects } from '../../../../shared/exercises/injectResponses.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useIncident, useTimeline } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';
import { AarExport } from './AarExport.tsx';
import { ExerciseClockPanel } from './ExerciseClockPanel.tsx';
import { useExercise } from './exerciseQueries.ts';
import { HotWash } from './HotWash.tsx';
import { ImprovementPlan } from './ImprovementPlan.tsx';
import { ObjectiveRatings } from './ObjectiveRatings.tsx';
import { ParticipantsPanel } from './ParticipantsPanel.tsx';
import { RealWorldStopPrompt } from './RealWorldStopPrompt.tsx';
import { RunInjectRow } from './RunInjectRow.tsx';

/**
 * The facilitator's console: the exercise clock, the MSEL with release /
 * skip / contingency, players' actions beside each expected action, and
 * the evaluation through to the AAR/IP. Others see it read-only for play
 * and can sign in, rate objectives and add to the hot wash.
 */
export function FacilitatorConsole() {
  const { exerciseId } = useParams();
  const { bridge } = useLantern();
  const me = useAppSelector(selectCurrentPersonId);
  const { exercise, loading } = useExercise(exerciseId);
  const { incident } = useIncident(exercise?.incidentId);
  const { documents: timeline } = useTimeline(exercise?.incidentId);
  const injects = useMemo(() => (exercise ? runInjects(exercise) : []), [exercise]);
  const responses = useMemo(() => responsesToInjects(injects, timeline), [injects, timeline]);
  if (loading) return null;
  if (!exercise)
    return <EmptyState title="Exercise not found">It may not have synced yet.</EmptyState>;
  const scenario = scenarioOf(exercise);
  const canControl = !bridge.readOnly && me === exercise.facilitatorId;
  return (
    <div className="facilitator-console" data-testid="facilitator-console">
      <header className="facilitator-header">
        <div className="incident-header-tags">
          <ExerciseMarker />
          {incident ? (
            <Link to={`/incidents/${incident.id}`} className="incident-reference">
              {incident.reference} — open the exercise incident
            </Link>
          ) : null}
        </div>
        <h1 className="page-title">{exercise.title}</h1>
      </header>
      <div className="facilitator-body">
        <div className="facilitator-play">
          <RealWorldStopPrompt exercise={exercise} canControl={canControl} />
          <ExerciseClockPanel exercise={exercise} canControl={canControl} />
          <section aria-label="Master Scenario Events List">
            <h2 className="section-title">Master Scenario Events List</h2>
            <ol className="run-injects">
              {injects.map((inject) => (
                <RunInjectRow
                  key={inject.number}
                  exercise={exercise}
                  scenario={scenario}
                  inject={inject}
                  actions={responses.get(inject.number) ?? []}
                  canControl={canControl}
                />
              ))}
            </ol>
          </section>
        </div>
        <div className="facilitator-evaluation">
          <ParticipantsPanel exercise={exercise} scenario={scenario} readOnly={bridge.readOnly} />
          <ObjectiveRatings exercise={exercise} scenario={scenario} readOnly={bridge.readOnly} />
          <HotWash exercise={exercise} readOnly={bridge.readOnly} />
          <ImprovementPlan exercise={exercise} scenario={scenario} readOnly={bridge.readOnly} />
          <AarExport exercise={exercise} incident={incident} timeline={timeline} />
        </div>
      </div>
    </div>
  );
}
