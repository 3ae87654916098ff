import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { IncidentType } from '../../../../shared/domain/incident.ts';
import type { Severity } from '../../../../shared/domain/severity.ts';
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

/** Declare fast: title and severity are enough; the rest can follow on the timeline. */
export function DeclareIncidentForm() {
  const navigate = useNavigate();
  const location = useLocation();
  const titleRef = useRef<HTMLInputElement>(null);
  const { send, pending, failure } = useCommand('declareIncident');
  const [draft, setDraft] = useState<DeclareDraft>(EMPTY_DRAFT);
  const update = (patch: Partial<DeclareDraft>) =>
    setDraft((current) => ({ ...current, ...patch }));

  useEffect(() => {
    if ((location.state as { focusDeclare?: boolean } | null)?.focusDeclare)
      titleRef.current?.focus();
  }, [location.state, location.key]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send(draft);
    if (!outcome.ok) return;
    setDraft(EMPTY_DRAFT);
    navigate(`/incidents/${outcome.result.id}`);
  }

  return (
    <form className="declare-form stack" onSubmit={submit} aria-labelledby="declare-heading">
      <h2 id="declare-heading" className="page-title">
        Declare an incident
      </h2>
      <TextField
        ref={titleRef}
        label="Title"
        value={draft.title}
        onChange={(e) => update({ title: e.target.value })}
        error={problemFor(failure, 'title')}
        placeholder="What is broken, for whom?"
        required
      />
      <div className="form-row">
        <SelectField
          label="Severity"
          options={SEVERITY_OPTIONS}
          value={draft.severity}
          onChange={(e) => update({ severity: e.target.value as Severity })}
          error={problemFor(failure, 'severity')}
        />
        <SelectField
          label="Type"
          options={TYPE_OPTIONS}
          value={draft.type}
          onChange={(e) => update({ type: e.target.value as IncidentType })}
          error={problemFor(failure, 'type')}
        />
      </div>
      <TextAreaField
        label="Summary"
        value={draft.summary}
        onChange={(e) => update({ summary: e.target.value })}
        error={problemFor(failure, 'summary')}
        hint="Impact so far, who noticed, what is known."
        rows={4}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.exercise}
          onChange={(e) => update({ exercise: e.target.checked })}
        />
        This is an exercise
      </label>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={pending}>
          Declare incident
        </Button>
      </div>
    </form>
  );
}
