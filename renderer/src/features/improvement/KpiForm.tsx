import { useState, type FormEvent } from 'react';
import { SEVERITIES, type Severity } from '../../../../shared/domain/severity.ts';
import {
  KPI_MEASURE_LABELS,
  KPI_MEASURES,
  type KpiMeasure,
} from '../../../../shared/schema/kpi.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/Field.tsx';
import { RefusalNotice } from '../command/RefusalNotice.tsx';
import { problemFor } from '../commands/commandFailure.ts';
import { useCommand } from '../commands/useCommand.ts';

const EMPTY = {
  objective: '',
  name: '',
  measure: 'mttr-p90' as KpiMeasure,
  target: '',
  serviceId: '',
  severity: '',
};

/** An administrator defines a KPI: the objective it serves, what it measures, its scope and target. */
export function KpiForm({ services }: { services: { id: string; name: string }[] }) {
  const { send, pending, failure } = useCommand('defineKpi');
  const [values, setValues] = useState(EMPTY);
  const change = (patch: Partial<typeof EMPTY>) => setValues((v) => ({ ...v, ...patch }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await send({
      objective: values.objective,
      name: values.name,
      measure: values.measure,
      target: values.target.trim() === '' ? Number.NaN : Number(values.target),
      serviceIds: values.serviceId ? [values.serviceId] : [],
      severities: values.severity ? [values.severity as Severity] : [],
    });
    if (outcome.ok) setValues(EMPTY);
  }
  return (
    <form className="kpi-form" aria-label="Define a KPI" onSubmit={(e) => void submit(e)}>
      <h3>Define a KPI</h3>
      <TextField
        label="Business objective"
        hint="For example: Card payments available 99.95 %"
        value={values.objective}
        onChange={(e) => change({ objective: e.target.value })}
        error={problemFor(failure, 'objective')}
      />
      <TextField
        label="KPI name"
        value={values.name}
        onChange={(e) => change({ name: e.target.value })}
        error={problemFor(failure, 'name')}
      />
      <label className="metrics-filter">
        <span>Measure</span>
        <select
          value={values.measure}
          onChange={(e) => change({ measure: e.target.value as KpiMeasure })}
        >
          {KPI_MEASURES.map((measure) => (
            <option key={measure} value={measure}>
              {KPI_MEASURE_LABELS[measure]}
            </option>
          ))}
        </select>
      </label>
      <TextField
        label="Target (at most)"
        hint="Minutes for a clock, per 100 incidents for recurrence"
        inputMode="decimal"
        value={values.target}
        onChange={(e) => change({ target: e.target.value })}
        error={problemFor(failure, 'target')}
      />
      <label className="metrics-filter">
        <span>Service</span>
        <select value={values.serviceId} onChange={(e) => change({ serviceId: e.target.value })}>
          <option value="">Every service</option>
          {services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.name}
            </option>
          ))}
        </select>
      </label>
      <label className="metrics-filter">
        <span>Severity</span>
        <select value={values.severity} onChange={(e) => change({ severity: e.target.value })}>
          <option value="">Every severity</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {severity}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="primary" disabled={pending}>
        Define KPI
      </Button>
      <RefusalNotice failure={failure} />
    </form>
  );
}
