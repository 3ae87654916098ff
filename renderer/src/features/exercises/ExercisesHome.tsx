import { Link } from 'react-router-dom';
import {
  scenarioFile,
  type ExerciseScenario,
} from '../../../../shared/exercises/scenarioSchema.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { Button } from '../../ui/Button.tsx';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';
import { incidentTypeLabel } from '../incidents/incidentOptions.ts';
import { downloadFile } from './downloadFile.ts';
import { useExercises, useScenarios } from './exerciseQueries.ts';
import { ScenarioImport } from './ScenarioImport.tsx';
import { StartExerciseButton } from './StartExerciseButton.tsx';

function exportScenario(scenario: ExerciseScenario) {
  downloadFile(
    `${scenario.id}.json`,
    'application/json',
    `${JSON.stringify(scenarioFile(scenario), null, 2)}\n`,
  );
}

function ScenarioCard({ scenario, readOnly }: { scenario: ExerciseScenario; readOnly: boolean }) {
  return (
    <li className="scenario-card" data-testid="scenario-card" data-scenario-id={scenario.id}>
      <div className="scenario-card-tags">
        <SeverityBadge severity={scenario.severity} />
        <span className="muted">{incidentTypeLabel(scenario.incidentType)}</span>
        <span className="muted">
          {scenario.injects.length} injects · {scenario.objectives.length} objectives ·{' '}
          {scenario.durationMinutes} min
        </span>
      </div>
      <h3 className="scenario-card-title">{scenario.title}</h3>
      <p className="scenario-card-summary">{scenario.summary}</p>
      <div className="command-actions">
        {readOnly ? null : <StartExerciseButton scenario={scenario} />}
        <Link className="button button-secondary" to={`/exercises/scenarios/${scenario.id}`}>
          {readOnly ? 'View MSEL' : 'Edit MSEL'}
        </Link>
        <Button variant="ghost" onClick={() => exportScenario(scenario)}>
          Export
        </Button>
      </div>
    </li>
  );
}

function ExerciseRuns() {
  const { documents: exercises } = useExercises();
  if (exercises.length === 0) return null;
  return (
    <section aria-labelledby="runs-heading" className="stack">
      <h2 id="runs-heading" className="section-title">
        Exercise runs
      </h2>
      <ul className="exercise-runs">
        {exercises.map((exercise) => (
          <li key={exercise.id}>
            <Link to={`/exercises/${exercise.id}`} className="exercise-run-link">
              <ExerciseMarker /> {exercise.title}
              <span className="muted"> · clock {exercise.clock.state}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Tabletop exercises: the scenario library (start, edit, import, export) and runs so far. */
export function ExercisesHome() {
  const { bridge } = useLantern();
  const { scenarios, loading } = useScenarios();
  return (
    <div className="exercises-page stack">
      <header className="exercises-header">
        <h1 className="page-title">Tabletop exercises</h1>
        <p className="muted">
          HSEEP-style scenarios: objectives, players and a Master Scenario Events List. Starting one
          declares an EXERCISE incident that never pages anyone or leaves through an external
          channel.
        </p>
        {bridge.readOnly ? null : <ScenarioImport />}
      </header>
      <ExerciseRuns />
      <section aria-labelledby="library-heading" className="stack">
        <h2 id="library-heading" className="section-title">
          Scenario library
        </h2>
        {loading ? null : (
          <ul className="scenario-library">
            {scenarios.map((scenario) => (
              <ScenarioCard key={scenario.id} scenario={scenario} readOnly={bridge.readOnly} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
