import { useState, type FormEvent } from 'react';
import {
  INTEGRATION_SOURCES,
  type AlertIntegrationDoc,
  type IntegrationSource,
} from '../../../../shared/schema/alertIntegration.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { Banner } from '../../ui/Banner.tsx';
import { Button } from '../../ui/Button.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { formatAlertTime } from './alertFilters.ts';

/** The new key, shown once: only its hash is stored. */
function NewKey({ created }: { created: { name: string; key: string; source: string } }) {
  const path = created.source === 'metrics' ? 'metrics' : 'alerts';
  return (
    <Banner tone="info">
      <p>
        Key for <strong>{created.name}</strong> (shown once, copy it now): the tool posts to
      </p>
      <code className="integration-url">
        /api/v1/{path}/{created.key}
      </code>
    </Banner>
  );
}

function CreateIntegration() {
  const { send, pending, failure } = useCommand('createAlertIntegration');
  const [source, setSource] = useState<IntegrationSource>('alertmanager');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ name: string; key: string; source: string } | null>(
    null,
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ source, name });
    if (outcome.ok) {
      setCreated({
        name: outcome.result.name,
        key: outcome.result.key,
        source: outcome.result.source,
      });
      setName('');
    }
  }
  return (
    <form className="stack" onSubmit={submit} aria-label="New integration">
      <div className="form-row">
        <SelectField
          label="Tool"
          options={INTEGRATION_SOURCES.map((value) => ({
            value,
            label: value === 'metrics' ? 'metrics (metric streams)' : value,
          }))}
          value={source}
          onChange={(event) => setSource(event.target.value as IntegrationSource)}
        />
        <TextField
          label="Name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={problemFor(failure, 'name')}
          required
        />
        <Button type="submit" variant="primary" disabled={pending}>
          Create integration
        </Button>
      </div>
      <RefusalNotice failure={failure} />
      {created ? <NewKey created={created} /> : null}
    </form>
  );
}

/** Revoking asks for the reason in place (it is audited). */
function RevokeKey({ integration }: { integration: AlertIntegrationDoc }) {
  const { send, pending, failure } = useCommand('revokeAlertIntegration');
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open)
    return (
      <Button variant="danger" onClick={() => setOpen(true)}>
        Revoke
      </Button>
    );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({ integrationId: integration.id, reason });
    if (outcome.ok) setOpen(false);
  }
  return (
    <form className="form-row" onSubmit={submit} aria-label={`Revoke ${integration.name}`}>
      <TextField
        label="Reason"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={problemFor(failure, 'reason')}
        required
      />
      <Button type="submit" variant="danger" disabled={pending}>
        Revoke key
      </Button>
    </form>
  );
}

function IntegrationRow({
  integration,
  readOnly,
}: {
  integration: AlertIntegrationDoc;
  readOnly: boolean;
}) {
  return (
    <tr>
      <td>{integration.name}</td>
      <td>{integration.source}</td>
      <td>…{integration.keyHint}</td>
      <td>
        {integration.status === 'revoked'
          ? `revoked (${integration.revokedReason ?? ''})`
          : 'active'}
      </td>
      <td>{integration.lastSeenAt ? formatAlertTime(integration.lastSeenAt) : 'never'}</td>
      <td>
        {integration.status === 'active' && !readOnly ? (
          <RevokeKey integration={integration} />
        ) : null}
      </td>
    </tr>
  );
}

/** Integrations with their keys' last four characters, status and last-seen time; create and revoke. */
export function IntegrationsPanel() {
  const { bridge } = useLantern();
  const { documents } = useLiveQuery('alertIntegrations', {
    selector: {},
    sort: [{ createdAt: 'desc' }],
  });
  return (
    <section aria-labelledby="integrations-title" className="integrations">
      <h2 id="integrations-title">Integrations</h2>
      {bridge.readOnly ? null : <CreateIntegration />}
      <table className="alert-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Tool</th>
            <th>Key</th>
            <th>Status</th>
            <th>Last seen</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {documents.map((integration) => (
            <IntegrationRow
              key={integration.id}
              integration={integration}
              readOnly={bridge.readOnly}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
