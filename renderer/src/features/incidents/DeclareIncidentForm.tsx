import { useState, type FormEvent } from 'react';
import type { IncidentType } from '../../../../shared/domain/incident.ts';
import type { Severity } from '../../../../shared/domain/severity.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { SEVERITY_OPTIONS, TYPE_OPTIONS } from './incidentOptions.ts';

interface DeclareDraft {
  title: string;
  severity: Severity;
  type: IncidentType;
  summary: string;
  exercise: boolean;
}

const EMPTY_DRAFT: DeclareDraft = {
  title: '',
  severity: 'SEV3',
  type: 'availability',
  summary: '',
  exercise: false,
};

interface DeclareIncidentFormProps {
  onDeclared: (incident: IncidentDoc) => void;
  onCancel: () => void;
}

/** Declare fast: title and severity are enough; the rest can follow on the timeline. */
export function DeclareIncidentForm({ onDeclared, onCancel }: DeclareIncidentFormProps) {
  const { send, pending, failure } = useCommand('declareIncident');
  const [draft, setDraft] = useState<DeclareDraft>(EMPTY_DRAFT);
  const update = (patch: Partial<DeclareDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send(draft);
    if (outcome.ok) onDeclared(outcome.result);
  }

  return (
    <form className="declare-form stack" onSubmit={submit}>
      <TextField
        label="Title"
        value={draft.title}
        onChange={(event) => update({ title: event.target.value })}
        error={problemFor(failure, 'title')}
        placeholder="What is broken, for whom?"
        required
      />
      <div className="form-row">
        <SelectField
          label="Severity"
          options={SEVERITY_OPTIONS}
          value={draft.severity}
          onChange={(event) => update({ severity: event.target.value as Severity })}
          error={problemFor(failure, 'severity')}
        />
        <SelectField
          label="Type"
          options={TYPE_OPTIONS}
          value={draft.type}
          onChange={(event) => update({ type: event.target.value as IncidentType })}
          error={problemFor(failure, 'type')}
        />
      </div>
      <TextAreaField
        label="Summary"
        value={draft.summary}
        onChange={(event) => update({ summary: event.target.value })}
        error={problemFor(failure, 'summary')}
        hint="Impact so far, who noticed, what is known."
        rows={4}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.exercise}
          onChange={(event) => update({ exercise: event.target.checked })}
        />
        This is an exercise
      </label>
      <div className="form-actions">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" busy={pending}>
          Declare incident
        </Button>
      </div>
    </form>
  );
}
