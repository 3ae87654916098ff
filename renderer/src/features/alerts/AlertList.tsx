import { useState } from 'react';
import {
  ALERT_SEVERITIES,
  ALERT_SOURCES,
  ALERT_STATUSES,
  type AlertDoc,
} from '../../../../shared/schema/alert.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { Banner } from '../../ui/Banner.tsx';
import { AlertGroups } from './AlertGroups.tsx';
import { SelectField, TextField } from '../../ui/Field.tsx';
import {
  alertListQuery,
  ALERT_LIST_LIMIT,
  formatAlertTime,
  NO_FILTERS,
  type AlertFilters,
} from './alertFilters.ts';

const any = (label: string, values: readonly string[]) => [
  { value: '', label: `Any ${label}` },
  ...values.map((value) => ({ value, label: value })),
];

const MAINTENANCE_OPTIONS = [
  { value: 'hide', label: 'Hide suppressed' },
  { value: 'only', label: 'Suppressed only' },
  { value: 'all', label: 'All, suppressed too' },
];

function AlertRow({ alert }: { alert: AlertDoc }) {
  return (
    <tr className={`alert-row alert-${alert.status}`}>
      <td>
        <span className={`alert-severity severity-${alert.severity}`}>{alert.severity}</span>
      </td>
      <td>
        {alert.status}
        {alert.suppressedBy ? <span className="alert-suppressed"> (in maintenance)</span> : null}
      </td>
      <td>
        {alert.summary}
        {alert.episode > 1 ? (
          <span className="alert-episode"> (episode {alert.episode})</span>
        ) : null}
      </td>
      <td>{alert.service ?? '—'}</td>
      <td>{alert.source}</td>
      <td>{alert.count}</td>
      <td>{formatAlertTime(alert.lastSeenAt)}</td>
    </tr>
  );
}

/** Normalised alerts from every integration, newest first, filtered; live. */
export function AlertList() {
  const [filters, setFilters] = useState<AlertFilters>(NO_FILTERS);
  const [grouped, setGrouped] = useState(false);
  const { documents, loading, error } = useLiveQuery('alerts', alertListQuery(filters));
  const set = (field: keyof AlertFilters) => (event: { target: { value: string } }) =>
    setFilters((current) => ({ ...current, [field]: event.target.value }));
  return (
    <section aria-labelledby="alert-list-title" className="alert-list">
      <h2 id="alert-list-title">Alerts</h2>
      <div className="form-row alert-filters">
        <SelectField
          label="Status"
          options={any('status', ALERT_STATUSES)}
          value={filters.status}
          onChange={set('status')}
        />
        <SelectField
          label="Severity"
          options={any('severity', ALERT_SEVERITIES)}
          value={filters.severity}
          onChange={set('severity')}
        />
        <SelectField
          label="Source"
          options={any('source', ALERT_SOURCES)}
          value={filters.source}
          onChange={set('source')}
        />
        <TextField label="Service" value={filters.service} onChange={set('service')} />
        <SelectField
          label="Maintenance"
          options={MAINTENANCE_OPTIONS}
          value={filters.maintenance}
          onChange={set('maintenance')}
        />
        <label>
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />
          Group by service
        </label>
      </div>
      {error ? (
        <Banner tone="warning">Not live: {error.message}. Showing the last alerts received.</Banner>
      ) : null}
      {!loading && documents.length === 0 ? <p>No alerts match.</p> : null}
      {grouped && documents.length > 0 ? <AlertGroups alerts={documents} /> : null}
      {documents.length > 0 ? (
        <table className="alert-table">
          <caption>
            {documents.length === ALERT_LIST_LIMIT
              ? `The newest ${ALERT_LIST_LIMIT}`
              : `${documents.length}`}{' '}
            alerts, newest first
          </caption>
          <thead>
            <tr>
              <th>Severity</th>
              <th>Status</th>
              <th>Summary</th>
              <th>Service</th>
              <th>Source</th>
              <th>Events</th>
              <th>Last event</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((alert) => (
              <AlertRow key={alert.id} alert={alert} />
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
