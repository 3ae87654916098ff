import { useState, type FormEvent } from 'react';
import type { MaintenanceWindowDoc } from '../../../../shared/schema/maintenanceWindow.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useNow } from '../incidents/useNow.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';
import { formatAlertTime } from './alertFilters.ts';
import {
  MaintenanceFormError,
  maintenanceInput,
  type MaintenanceFormValues,
} from './maintenanceForm.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const EMPTY: MaintenanceFormValues = {
  name: '',
  services: '',
  labels: '',
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  startsLocal: '',
  endsLocal: '',
  weekly: false,
  weekdays: [],
  startTime: '02:00',
  durationMinutes: '60',
};

function WeeklyFields({
  values,
  change,
}: {
  values: MaintenanceFormValues;
  change: (patch: Partial<MaintenanceFormValues>) => void;
}) {
  const toggle = (day: number) =>
    change({
      weekdays: values.weekdays.includes(day)
        ? values.weekdays.filter((d) => d !== day)
        : [...values.weekdays, day],
    });
  return (
    <div className="form-row">
      <fieldset>
        <legend>Weekdays</legend>
        {WEEKDAYS.map((label, day) => (
          <label key={label}>
            <input
              type="checkbox"
              checked={values.weekdays.includes(day)}
              onChange={() => toggle(day)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <TextField
        label="Each time from (HH:mm)"
        value={values.startTime}
        onChange={(e) => change({ startTime: e.target.value })}
      />
      <TextField
        label="For (minutes)"
        type="number"
        value={values.durationMinutes}
        onChange={(e) => change({ durationMinutes: e.target.value })}
      />
    </div>
  );
}

function ScheduleWindow() {
  const { send, pending, failure } = useCommand('scheduleMaintenanceWindow');
  const [values, setValues] = useState<MaintenanceFormValues>(EMPTY);
  const [formError, setFormError] = useState<MaintenanceFormError | null>(null);
  const change = (patch: Partial<MaintenanceFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const problem = (field: string) =>
    formError?.field === field ? formError.message : problemFor(failure, field);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    let input;
    try {
      input = maintenanceInput(values);
    } catch (error) {
      if (error instanceof MaintenanceFormError) return setFormError(error);
      throw error;
    }
    const outcome = await send(input);
    if (outcome.ok) setValues(EMPTY);
  }
  return (
    <form className="stack" onSubmit={submit} aria-label="New maintenance window">
      <div className="form-row">
        <TextField
          label="Window name"
          value={values.name}
          onChange={(e) => change({ name: e.target.value })}
          error={problem('name')}
          required
        />
        <TextField
          label="Services (comma-separated)"
          value={values.services}
          onChange={(e) => change({ services: e.target.value })}
          error={problem('services')}
        />
        <TextField
          label="Labels (name=value, …)"
          value={values.labels}
          onChange={(e) => change({ labels: e.target.value })}
          error={problem('labels')}
        />
      </div>
      <div className="form-row">
        <TextField
          label="From"
          type="datetime-local"
          value={values.startsLocal}
          onChange={(e) => change({ startsLocal: e.target.value })}
          error={problem('startsAt')}
          required
        />
        <TextField
          label="Until"
          type="datetime-local"
          value={values.endsLocal}
          onChange={(e) => change({ endsLocal: e.target.value })}
          error={problem('endsAt')}
          required
        />
        <TextField
          label="Time zone"
          value={values.timeZone}
          onChange={(e) => change({ timeZone: e.target.value })}
          error={problem('timeZone') ?? problem('recurrence.timeZone')}
          required
        />
        <label>
          <input
            type="checkbox"
            checked={values.weekly}
            onChange={(e) => change({ weekly: e.target.checked })}
          />
          Repeats weekly (between From and Until)
        </label>
      </div>
      {values.weekly ? <WeeklyFields values={values} change={change} /> : null}
      <Button type="submit" variant="primary" disabled={pending}>
        Schedule window
      </Button>
      <RefusalNotice failure={failure} />
    </form>
  );
}

function EndEarly({ window }: { window: MaintenanceWindowDoc }) {
  const { send, pending, failure } = useCommand('endMaintenanceWindowEarly');
  const [reason, setReason] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    await send({ windowId: window.id, reason });
  }
  return (
    <form className="form-row" onSubmit={submit} aria-label={`End ${window.name} early`}>
      <TextField
        label="Reason"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={problemFor(failure, 'reason')}
        required
      />
      <Button type="submit" variant="danger" disabled={pending}>
        End now
      </Button>
      <RefusalNotice failure={failure} />
    </form>
  );
}

function describeWhen(window: MaintenanceWindowDoc): string {
  const span = `${formatAlertTime(window.startsAt)} – ${formatAlertTime(window.endsAt)}`;
  const weekly = window.recurrence;
  if (!weekly) return span;
  const days = weekly.weekdays.map((day) => WEEKDAYS[day]).join(', ');
  return `${days} ${weekly.startTime} ${weekly.timeZone} for ${weekly.durationMinutes} min, ${span}`;
}

/** Windows not yet over: what they match, when, and end-early. */
export function MaintenanceWindows() {
  const { bridge } = useLantern();
  // Re-read once a minute so windows that are over leave the list (the query changes only then).
  const since = new Date(useNow(60_000)).toISOString();
  const { documents } = useLiveQuery('maintenanceWindows', {
    selector: { endsAt: { $gt: since } },
    sort: [{ startsAt: 'asc' }],
  });
  return (
    <section aria-labelledby="maintenance-title" className="maintenance-windows">
      <h2 id="maintenance-title">Maintenance windows</h2>
      {bridge.readOnly ? null : <ScheduleWindow />}
      <table className="alert-table" aria-label="Maintenance windows">
        <thead>
          <tr>
            <th>Name</th>
            <th>Matches</th>
            <th>When</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {documents.map((window) => (
            <tr key={window.id}>
              <td>{window.name}</td>
              <td>
                {[...window.services, ...window.labels.map((l) => `${l.name}=${l.value}`)].join(
                  ', ',
                )}
              </td>
              <td>{describeWhen(window)}</td>
              <td>
                {window.endedAt
                  ? `ended early ${formatAlertTime(window.endedAt)} (${window.endedReason ?? ''})`
                  : 'scheduled'}
              </td>
              <td>{!window.endedAt && !bridge.readOnly ? <EndEarly window={window} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
