import { SEVERITIES, SEVERITY_LABELS, type Severity } from '../../../../shared/domain/severity.ts';
import { PERIOD_LABELS, PERIODS, type Period } from './metricsPeriod.ts';

export interface MetricsChoice {
  period: Period;
  severity: Severity | '';
  serviceId: string;
  teamId: string;
}

export const DEFAULT_CHOICE: MetricsChoice = {
  period: '12',
  severity: '',
  serviceId: '',
  teamId: '',
};

type Option = { id: string; name: string };

function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label className="metrics-filter">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Period, severity, service and team: what the numbers below cover. */
export function MetricsFilters({
  choice,
  services,
  teams,
  onChange,
}: {
  choice: MetricsChoice;
  services: Option[];
  teams: Option[];
  onChange: (choice: MetricsChoice) => void;
}) {
  const all = (noun: string) => ({ value: '', label: `All ${noun}` });
  return (
    <form
      className="metrics-filters"
      aria-label="Metrics filters"
      onSubmit={(e) => e.preventDefault()}
    >
      <Select
        label="Period"
        value={choice.period}
        options={PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] }))}
        onChange={(period) => onChange({ ...choice, period: period as Period })}
      />
      <Select
        label="Severity"
        value={choice.severity}
        options={[
          all('severities'),
          ...SEVERITIES.map((s) => ({ value: s, label: `${s} ${SEVERITY_LABELS[s]}` })),
        ]}
        onChange={(severity) => onChange({ ...choice, severity: severity as Severity | '' })}
      />
      <Select
        label="Service"
        value={choice.serviceId}
        options={[all('services'), ...services.map((s) => ({ value: s.id, label: s.name }))]}
        onChange={(serviceId) => onChange({ ...choice, serviceId })}
      />
      <Select
        label="Team"
        value={choice.teamId}
        options={[all('teams'), ...teams.map((t) => ({ value: t.id, label: t.name }))]}
        onChange={(teamId) => onChange({ ...choice, teamId })}
      />
    </form>
  );
}
