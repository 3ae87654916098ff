import { useState, type FormEvent } from 'react';
import type { Audience } from '../../../../shared/communications/configSchemas.ts';
import type { CommunicationDoc } from '../../../../shared/schema/communication.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { cadenceViews, dueText } from './communicationView.ts';

/** When each audience's next update is due; overdue ones first and in red. The Communications Lead changes them. */
export function CadencePanel(props: {
  incident: IncidentDoc;
  cadences: readonly CommunicationDoc[];
  audiences: readonly Audience[];
  now: number;
  readOnly: boolean;
}) {
  const { time } = useTimeFormat();
  const { send, pending, failure } = useCommand('setCommunicationCadence');
  const [audienceId, setAudienceId] = useState('');
  const [minutes, setMinutes] = useState('30');
  const views = cadenceViews(props.cadences, new Date(props.now));
  const name = (id: string) => props.audiences.find((a) => a.id === id)?.name ?? id;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const everyMinutes = minutes.trim() === '' ? null : Number(minutes);
    await send({ incidentId: props.incident.id, audienceId, everyMinutes });
  }
  return (
    <section className="command-panel" aria-label="Update cadence">
      <h2 className="section-title">Update cadence</h2>
      {views.length === 0 ? <p className="muted">No scheduled updates for this severity.</p> : null}
      <ul className="comms-cadences">
        {views.map((view) => (
          <li
            key={view.cadence.id}
            className={`comms-cadence comms-cadence-${view.status}`}
            data-testid="cadence"
            data-status={view.status}
          >
            <span className="comms-cadence-audience">{name(view.cadence.audienceId)}</span>
            <span className="muted">every {view.cadence.everyMinutes} min</span>
            <span className="comms-cadence-due">
              {dueText(view)} ({time(view.cadence.nextDueAt ?? '')})
            </span>
          </li>
        ))}
      </ul>
      {props.readOnly ? null : (
        <form className="comms-cadence-form" onSubmit={submit}>
          <SelectField
            label="Audience"
            value={audienceId}
            onChange={(event) => setAudienceId(event.target.value)}
            options={[
              { value: '', label: 'Choose…' },
              ...props.audiences.map((a) => ({ value: a.id, label: a.name })),
            ]}
          />
          <TextField
            label="Every (minutes)"
            inputMode="numeric"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            hint="Empty stops scheduled updates"
            error={problemFor(failure, 'everyMinutes')}
          />
          <Button type="submit" busy={pending} disabled={!audienceId}>
            Set cadence
          </Button>
          <RefusalNotice failure={failure} />
        </form>
      )}
    </section>
  );
}
