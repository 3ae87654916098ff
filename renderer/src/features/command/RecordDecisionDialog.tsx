import { useState, type FormEvent } from 'react';
import type { Decision } from '../../../../shared/authority/index.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { DECISION_OPTIONS } from './decisionOptions.ts';
import { DialogActions } from './DialogActions.tsx';
import { RefusalNotice } from './RefusalNotice.tsx';

/** Log a decision the authority matrix governs; a refusal says who may take it instead. */
export function RecordDecisionDialog({
  incident,
  onClose,
}: {
  incident: IncidentDoc;
  onClose: () => void;
}) {
  const { send, pending, failure } = useCommand('recordDecision');
  const [decision, setDecision] = useState<Decision>('authorise-emergency-change');
  const [summary, setSummary] = useState('');
  const [rationale, setRationale] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ incidentId: incident.id, decision, summary, rationale });
    if (outcome.ok) onClose();
  }

  return (
    <Dialog title={`Record a decision in ${incident.reference}`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <SelectField
          label="Decision"
          options={DECISION_OPTIONS}
          value={decision}
          onChange={(event) => setDecision(event.target.value as Decision)}
          error={problemFor(failure, 'decision')}
        />
        <TextAreaField
          label="Summary"
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
          error={problemFor(failure, 'summary')}
          hint="What was decided, in one sentence."
          rows={2}
          required
        />
        <TextAreaField
          label="Rationale"
          value={rationale}
          onChange={(event) => setRationale(event.target.value)}
          error={problemFor(failure, 'rationale')}
          rows={3}
          required
        />
        <RefusalNotice failure={failure} />
        <DialogActions submitLabel="Record decision" pending={pending} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
