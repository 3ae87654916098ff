import { useState, type FormEvent } from 'react';
import { STATUS_TARGETS } from '../../../../shared/commands/changeIncidentStatus.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { SelectField, TextAreaField } from '../../ui/Field.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { DialogActions } from './DialogActions.tsx';
import { RefusalNotice } from './RefusalNotice.tsx';
import { ResolveChecks } from './ResolveChecks.tsx';

type StatusTarget = (typeof STATUS_TARGETS)[number];

const STATUS_OPTIONS = STATUS_TARGETS.map((status) => ({
  value: status,
  label: status.charAt(0).toUpperCase() + status.slice(1),
}));

/**
 * Move the incident on (investigating → mitigated → resolved → closed);
 * closing needs authority. Resolving is a short workflow: what is still
 * open, the final update to each audience, and a resolution summary.
 */
export function ChangeStatusDialog({
  incident,
  onClose,
  initialStatus,
}: {
  incident: IncidentDoc;
  onClose: () => void;
  initialStatus?: StatusTarget;
}) {
  const { send, pending, failure } = useCommand('changeIncidentStatus');
  const next = STATUS_TARGETS.find((s) => s !== incident.status) ?? 'investigating';
  const [status, setStatus] = useState<StatusTarget>(initialStatus ?? next);
  const [note, setNote] = useState('');
  const [summary, setSummary] = useState('');
  const resolving = status === 'resolved';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({
      incidentId: incident.id,
      status,
      ...(note && !resolving ? { note } : {}),
      ...(resolving ? { resolutionSummary: summary } : {}),
    });
    if (outcome.ok) onClose();
  }

  return (
    <Dialog
      title={resolving ? `Resolve ${incident.reference}` : `Change status of ${incident.reference}`}
      onClose={onClose}
    >
      <form className="stack" onSubmit={submit}>
        <SelectField
          label="New status"
          options={STATUS_OPTIONS}
          value={status}
          onChange={(event) => setStatus(event.target.value as StatusTarget)}
          error={problemFor(failure, 'status')}
        />
        {resolving ? <ResolveChecks incident={incident} /> : null}
        {resolving ? (
          <TextAreaField
            label="Resolution summary"
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
            hint="Required: what was wrong and what fixed it. It goes on the timeline and the record."
            error={problemFor(failure, 'resolutionSummary')}
            rows={3}
            aria-required="true"
          />
        ) : (
          <TextAreaField
            label="Note"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            hint="Optional: what changed, for the timeline."
            rows={3}
          />
        )}
        <RefusalNotice failure={failure} />
        <DialogActions
          submitLabel={resolving ? 'Resolve incident' : 'Change status'}
          pending={pending}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
