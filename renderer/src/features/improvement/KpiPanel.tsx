import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { formatMinutes } from '../../../../shared/incidents/responseTimes.ts';
import { kpiStatus, type KpiStatus } from '../../../../shared/improvement/kpiStatus.ts';
import { recentMonths } from '../../../../shared/improvement/monthBounds.ts';
import type { MetricsInput } from '../../../../shared/improvement/responseMetrics.ts';
import { KPI_MEASURE_LABELS, type KpiDoc } from '../../../../shared/schema/kpi.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { KpiForm } from './KpiForm.tsx';

const TREND_MONTHS = 6;
const ACTIVE = { selector: { status: 'active' } } as const;

/** A KPI's number as people read it: a duration for clocks, per 100 for recurrence. */
export function kpiValueText(kpi: KpiDoc, value: number | undefined): string {
  if (value === undefined) return '—';
  return kpi.measure === 'recurrence-rate' ? `${value} per 100` : formatMinutes(value);
}

function verdict(met: boolean | undefined): string {
  if (met === undefined) return 'nothing measured';
  return met ? 'met' : 'missed';
}

function KpiRow({ status }: { status: KpiStatus }) {
  const { kpi, months, behindMiss } = status;
  const latest = months.at(-1);
  return (
    <tr>
      <th scope="row">
        {kpi.name}
        <div className="kpi-objective">{kpi.objective}</div>
      </th>
      <td>{KPI_MEASURE_LABELS[kpi.measure]}</td>
      <td>at most {kpiValueText(kpi, kpi.target)}</td>
      <td className={`kpi-${verdict(latest?.met).replace(' ', '-')}`}>
        {kpiValueText(kpi, latest?.value)} — {verdict(latest?.met)}
      </td>
      <td>
        {months
          .map((m) => `${m.month}: ${kpiValueText(kpi, m.value)}${m.met === false ? ' ✗' : ''}`)
          .join(' · ')}
      </td>
      <td>
        {behindMiss.length === 0
          ? '—'
          : behindMiss.slice(0, 10).map((m) => (
              <Link key={m.incident.id} to={`/incidents/${m.incident.id}`} className="kpi-incident">
                {m.incident.reference}
              </Link>
            ))}
      </td>
      <td>v{kpi.version}</td>
    </tr>
  );
}

/** The KPIs administrators tied to business objectives, each judged this month and over the last six. */
export function KpiPanel({
  base,
  now,
  services,
}: {
  base: Omit<MetricsInput, 'filter'>;
  now: number;
  services: { id: string; name: string }[];
}) {
  const kpis = useLiveQuery('kpis', ACTIVE);
  const months = useMemo(() => recentMonths(TREND_MONTHS, now, base.zone), [now, base.zone]);
  const statuses = useMemo(
    () => kpis.documents.map((kpi) => kpiStatus(kpi, base, months)),
    [kpis.documents, base, months],
  );
  return (
    <section className="metrics-kpis" aria-labelledby="metrics-kpis-title">
      <h2 id="metrics-kpis-title">KPIs against business objectives</h2>
      {statuses.length === 0 ? (
        <p>No KPI defined yet. An administrator ties one to a business objective below.</p>
      ) : (
        <table className="kpi-table">
          <caption className="visually-hidden">
            KPIs, this month against target ({base.zone})
          </caption>
          <thead>
            <tr>
              <th scope="col">KPI and objective</th>
              <th scope="col">Measure</th>
              <th scope="col">Target</th>
              <th scope="col">This month</th>
              <th scope="col">
                Last {TREND_MONTHS} months ({base.zone})
              </th>
              <th scope="col">Incidents behind a miss</th>
              <th scope="col">Version</th>
            </tr>
          </thead>
          <tbody>
            {statuses.map((status) => (
              <KpiRow key={status.kpi.id} status={status} />
            ))}
          </tbody>
        </table>
      )}
      <KpiForm services={services} />
    </section>
  );
}
