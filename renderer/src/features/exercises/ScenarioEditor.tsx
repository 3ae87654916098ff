import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type {
  ExerciseScenario,
  ScenarioInject,
} from '../../../../shared/exercises/scenarioSchema.ts';
import { participantRoleLabel } from '../../../../shared/exercises/injectText.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { useCommand } from '../commands/useCommand.ts';
import { useScenario } from './exerciseQueries.ts';
import { InjectForm } from './InjectForm.tsx';

function blankInject(scenario: ExerciseScenario): ScenarioInject {
  const last = scenario.injects[scenario.injects.length - 1];
  return {
    number: Math.max(0, ...scenario.injects.map((i) => i.number)) + 1,
    time: last?.time ?? '0:00',
    module: last?.module ?? scenario.modules[0]?.id ?? '',
    from: '',
    to: scenario.participantRoles[0]?.id ?? '',
    method: 'phone',
    message: '',
    expectedAction: '',
    objective: scenario.objectives[0]?.id ?? '',
    contingencies: [],
    contingency: false,
  };
}

function MselRow({
  scenario,
  inject,
  readOnly,
  onEdit,
}: {
  scenario: ExerciseScenario;
  inject: ScenarioInject;
  readOnly: boolean;
  onEdit: () => void;
}) {
  const remove = useCommand('removeScenarioInject');
  return (
    <li className="msel-row" data-testid="msel-row" data-inject={inject.number}>
      <span className="msel-number">{inject.number}</span>
      <span className="msel-time">{inject.time}</span>
      <div className="msel-body">
        <p className="msel-route">
          {inject.from} → <strong>{participantRoleLabel(scenario, inject.to)}</strong> by{' '}
          {inject.method}
          {inject.contingency ? <span className="contingency-tag">Contingency</span> : null}
        </p>
        <p className="msel-message">{inject.message}</p>
        <p className="msel-expected">
          <span className="muted">Expected: </span>
          {inject.expectedAction}
        </p>
        {remove.failure ? <p className="field-error">{remove.failure.message}</p> : null}
      </div>
      {readOnly ? null : (
        <div className="msel-actions">
          <Button onClick={onEdit}>Edit</Button>
          <Button
            variant="ghost"
            busy={remove.pending}
            onClick={() => void remove.send({ scenarioId: scenario.id, number: inject.number })}
          >
            Remove
          </Button>
        </div>
      )}
    </li>
  );
}

/** A library scenario's MSEL: edit an inject's text, time or expected action; add or remove injects. */
export function ScenarioEditor() {
  const { scenarioId } = useParams();
  const { bridge } = useLantern();
  const { scenario, loading } = useScenario(scenarioId);
  const save = useCommand('saveScenarioInject');
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  if (loading) return null;
  if (!scenario)
    return <EmptyState title="Scenario not found">It may have been replaced.</EmptyState>;
  async function saved(inject: ScenarioInject, number: number | undefined) {
    if (!scenario) return;
    const outcome = await save.send({
      scenarioId: scenario.id,
      ...(number === undefined ? {} : { number }),
      inject,
    });
    if (outcome.ok) setEditing(null);
  }
  const form = (initial: ScenarioInject, number: number | undefined) => (
    <InjectForm
      scenario={scenario}
      initial={initial}
      pending={save.pending}
      failure={save.failure}
      onSave={(inject) => void saved(inject, number)}
      onCancel={() => setEditing(null)}
    />
  );
  return (
    <div className="exercises-page stack">
      <p>
        <Link to="/exercises">← Scenario library</Link>
      </p>
      <h1 className="page-title">{scenario.title}</h1>
      <p>{scenario.summary}</p>
      <h2 className="section-title">Master Scenario Events List</h2>
      <ol className="msel">
        {scenario.injects.map((inject) =>
          editing === inject.number ? (
            <li key={inject.number}>{form(inject, inject.number)}</li>
          ) : (
            <MselRow
              key={inject.number}
              scenario={scenario}
              inject={inject}
              readOnly={bridge.readOnly}
              onEdit={() => setEditing(inject.number)}
            />
          ),
        )}
      </ol>
      {bridge.readOnly ? null : editing === 'new' ? (
        form(blankInject(scenario), undefined)
      ) : (
        <div>
          <Button onClick={() => setEditing('new')}>Add inject</Button>
        </div>
      )}
    </div>
  );
}
