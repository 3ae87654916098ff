import { useMemo, useState, type FormEvent } from 'react';
import { addMinutes } from '../../../../shared/communications/cadence.ts';
import type {
  Audience,
  CommunicationTemplate,
} from '../../../../shared/communications/configSchemas.ts';
import { audienceRecipients } from '../../../../shared/communications/recipients.ts';
import {
  chooseTemplate,
  renderTemplate,
  templateValuesFor,
} from '../../../../shared/communications/templateRendering.ts';
import type { CommunicationDoc } from '../../../../shared/schema/communication.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useServices } from '../../app/db/commandQueries.ts';
import { usePeople } from '../../app/db/lanternQueries.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextAreaField, TextField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { CHANNEL_LABELS } from './communicationView.ts';
import { useClock } from '../../app/clock/ClockContext.tsx';

interface Props {
  incident: IncidentDoc;
  audiences: readonly Audience[];
  templates: readonly CommunicationTemplate[];
  cadences: readonly CommunicationDoc[];
}

/** Draft an update from a template filled from the incident; the preview shows exactly what recipients get. */
export function DraftComposer({ incident, audiences, templates, cadences }: Props) {
  const { send, pending, failure } = useCommand('draftCommunication');
  const services = useServices();
  const { documents: people } = usePeople();
  const [audienceId, setAudienceId] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const clock = useClock();
  const audience = audiences.find((a) => a.id === audienceId);
  const forAudience = templates.filter((t) => t.audienceId === audienceId);
  const recipients = useMemo(
    () => (audience ? audienceRecipients(audience, people) : []),
    [audience, people],
  );

  function fill(nextAudienceId: string, nextTemplateId?: string) {
    const template = nextTemplateId
      ? templates.find((t) => t.id === nextTemplateId)
      : chooseTemplate(templates, nextAudienceId, incident.type);
    setAudienceId(nextAudienceId);
    setTemplateId(template?.id ?? '');
    if (!template) return;
    const cadence = cadences.find((c) => c.audienceId === nextAudienceId && !c.stopped);
    const values = templateValuesFor(incident, {
      serviceNames: (incident.serviceIds ?? []).map(
        (id) => services.find((s) => s.id === id)?.name ?? id,
      ),
      ...(cadence?.everyMinutes
        ? { nextUpdateAt: addMinutes(new Date(clock.now()).toISOString(), cadence.everyMinutes) }
        : {}),
    });
    const rendered = renderTemplate(template, values);
    setSubject(rendered.subject);
    setBody(rendered.body);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({
      incidentId: incident.id,
      audienceId,
      subject,
      body,
      ...(templateId ? { templateId } : {}),
    });
    if (outcome.ok) {
      setAudienceId('');
      setSubject('');
      setBody('');
    }
  }

  return (
    <section className="command-panel comms-composer" aria-label="Draft an update">
      <h2 className="section-title">Draft an update</h2>
      <form className="stack" onSubmit={submit}>
        <div className="form-row">
          <SelectField
            label="Audience"
            value={audienceId}
            onChange={(event) => fill(event.target.value)}
            options={[
              { value: '', label: 'Choose who it is for…' },
              ...audiences.map((a) => ({
                value: a.id,
                label: a.external ? `${a.name} (external — Legal & PR approve)` : a.name,
              })),
            ]}
            error={problemFor(failure, 'audienceId')}
          />
          <SelectField
            label="Template"
            value={templateId}
            disabled={!audience}
            onChange={(event) => fill(audienceId, event.target.value)}
            options={
              forAudience.length
                ? forAudience.map((t) => ({ value: t.id, label: t.name }))
                : [{ value: '', label: 'No template' }]
            }
          />
        </div>
        {audience ? (
          <>
            <TextField
              label="Subject"
              value={subject}
              onChange={(event) => setSubject(event.target.value)}
              error={problemFor(failure, 'subject')}
              required
            />
            <TextAreaField
              label="Message"
              value={body}
              rows={8}
              onChange={(event) => setBody(event.target.value)}
              error={problemFor(failure, 'body')}
              required
            />
            <div className="comms-preview" aria-label="Preview" data-testid="comms-preview">
              <p className="comms-preview-label">Preview — what recipients will read</p>
              <p className="comms-preview-to">
                To:{' '}
                {recipients
                  .map((r) => `${r.name} (${CHANNEL_LABELS[r.channel] ?? r.channel})`)
                  .join(', ') || 'nobody'}
              </p>
              <p className="comms-preview-subject">{subject}</p>
              <p className="comms-body">{body}</p>
            </div>
            <RefusalNotice failure={failure} />
            <div className="command-actions">
              <Button type="submit" variant="primary" busy={pending} disabled={!subject || !body}>
                Save draft
              </Button>
            </div>
          </>
        ) : null}
      </form>
    </section>
  );
}
