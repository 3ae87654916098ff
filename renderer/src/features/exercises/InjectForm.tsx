import { useState, type FormEvent } from 'react';
import {
  INJECT_METHODS,
  type ExerciseScenario,
  type ScenarioInject,
} from '../../../../shared/exercises/scenarioSchema.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import type { CommandFailure } from '../commands/commandFailure.ts';

function problem(failure: CommandFailure | null, field: string): string | undefined {
  return failure?.problems.find((p) => p.field === `inject.${field}` || p.field === field)?.reason;
}

/** One MSEL line, editable: time, who to, how, message and the expected action. */
export function InjectForm({
  scenario,
  initial,
  pending,
  failure,
  onSave,
  onCancel,
}: {
  scenario: ExerciseScenario;
  initial: ScenarioInject;
  pending: boolean;
  failure: CommandFailure | null;
  onSave: (inject: ScenarioInject) => void;
  onCancel: () => void;
}) {
  const [inject, setInject] = useState(initial);
  const set = (changes: Partial<ScenarioInject>) => setInject((i) => ({ ...i, ...changes }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(inject);
  };
  const options = (
    items: readonly { id: string; label?: string; title?: string; text?: string }[],
  ) => items.map((i) => ({ value: i.id, label: i.label ?? i.title ?? i.text ?? i.id }));
  return (
    <form className="inject-form" onSubmit={submit} aria-label={`Inject ${initial.number}`}>
      <div className="inject-form-row">
        <TextField
          label="Number"
          type="number"
          min={1}
          value={inject.number}
          onChange={(e) => set({ number: Number(e.target.value) })}
          error={problem(failure, 'number')}
        />
        <TextField
          label="Scenario time"
          value={inject.time}
          onChange={(e) => set({ time: e.target.value })}
          hint="H:MM or H:MM:SS after start"
          error={problem(failure, 'time')}
        />
        <SelectField
          label="To"
          options={options(scenario.participantRoles)}
          value={inject.to}
          onChange={(e) => set({ to: e.target.value })}
        />
        <SelectField
          label="Method"
          options={INJECT_METHODS.map((m) => ({ value: m, label: m }))}
          value={inject.method}
          onChange={(e) => set({ method: e.target.value as ScenarioInject['method'] })}
        />
      </div>
      <TextField
        label="From"
        value={inject.from}
        onChange={(e) => set({ from: e.target.value })}
        error={problem(failure, 'from')}
      />
      <TextAreaField
        label="Message"
        rows={3}
        value={inject.message}
        onChange={(e) => set({ message: e.target.value })}
        error={problem(failure, 'message')}
      />
      <TextAreaField
        label="Expected action"
        rows={2}
        value={inject.expectedAction}
        onChange={(e) => set({ expectedAction: e.target.value })}
        error={problem(failure, 'expectedAction')}
      />
      <div className="inject-form-row">
        <SelectField
          label="Objective"
          options={options(scenario.objectives)}
          value={inject.objective}
          onChange={(e) => set({ objective: e.target.value })}
        />
        <SelectField
          label="Module"
          options={options(scenario.modules)}
          value={inject.module}
          onChange={(e) => set({ module: e.target.value })}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={inject.contingency}
            onChange={(e) => set({ contingency: e.target.checked })}
          />
          Contingency (released by hand only)
        </label>
      </div>
      <RefusalNotice failure={failure} />
      <div className="form-actions">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" busy={pending}>
          Save inject
        </Button>
      </div>
    </form>
  );
}
