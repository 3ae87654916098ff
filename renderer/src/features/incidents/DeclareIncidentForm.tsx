import { useState, type FormEvent } from 'react';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { AffectedServicesField } from '../declaration/AffectedServicesField.tsx';
import { DeclarationQuestions } from '../declaration/DeclarationQuestions.tsx';
import { CriteriaReviewNotice } from '../declaration/CriteriaReviewNotice.tsx';
import { RecommendationPanel } from '../declaration/RecommendationPanel.tsx';
import { useCriteriaInEffect } from '../declaration/useCriteriaInEffect.ts';
import { useDeclarationDraft, type DeclareDraft } from '../declaration/useDeclarationDraft.ts';
import { SEVERITY_OPTIONS } from './incidentOptions.ts';
import { useClock } from '../../app/clock/ClockContext.tsx';

interface DeclareIncidentFormProps {
  onDeclared: (incident: IncidentDoc) => void;
  onCancel: () => void;
}

/** Declare fast: title and severity are enough; the rest can follow on the timeline. */
export function DeclareIncidentForm({ onDeclared, onCancel }: DeclareIncidentFormProps) {
  const { send, pending, failure } = useCommand('declareIncident');
  const clock = useClock();
  const [now] = useState(() => new Date(clock.now()));
  const criteria = useCriteriaInEffect(now);
  const { draft, update, answers, answer, recommendation, input } = useDeclarationDraft(now);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send(input);
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
      <div className="declare-columns">
        <div className="stack">
          <DeclarationQuestions
            answers={answers}
            criteria={criteria}
            onChange={answer}
            typeError={problemFor(failure, 'type')}
          />
          <TextAreaField
            label="Summary"
            value={draft.summary}
            onChange={(event) => update({ summary: event.target.value })}
            error={problemFor(failure, 'summary')}
            hint="Impact so far, who noticed, what is known."
            rows={2}
          />
        </div>
        <div className="stack">
          <CriteriaReviewNotice now={now} />
          <RecommendationPanel
            recommendation={recommendation}
            following={!draft.severityChosen}
            onFollow={() => update({ severityChosen: false })}
          />
          <SelectField
            label="Severity"
            options={SEVERITY_OPTIONS}
            value={draft.severity}
            onChange={(event) =>
              update({
                severity: event.target.value as DeclareDraft['severity'],
                severityChosen: true,
              })
            }
            error={problemFor(failure, 'severity')}
          />
          <AffectedServicesField
            value={draft.serviceIds}
            onChange={(serviceIds) => update({ serviceIds })}
          />
        </div>
      </div>
      <div className="form-actions declare-actions">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.exercise}
            onChange={(event) => update({ exercise: event.target.checked })}
          />
          This is an exercise
        </label>
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
