import { useMemo } from 'react';
import { kpiStatus } from '../../../../shared/improvement/kpiStatus.ts';
import { recentMonths } from '../../../../shared/improvement/monthBounds.ts';
import type { MetricsInput } from '../../../../shared/improvement/responseMetrics.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { kpiValueText } from './KpiPanel.tsx';

const ACTIVE = { selector: { status: 'active' } } as const;

/** Each KPI's month against its target, in the wall's large type. */
export function WallKpis({ base, now }: { base: Omit<MetricsInput, 'filter'>; now: number }) {
  const kpis = useLiveQuery('kpis', ACTIVE);
  const months = useMemo(() => recentMonths(1, now, base.zone), [now, base.zone]);
  const statuses = useMemo(
    () => kpis.documents.map((kpi) => kpiStatus(kpi, base, months)),
    [kpis.documents, base, months],
  );
  if (statuses.length === 0) return null;
  return (
    <ul className="metrics-wall-kpis" aria-label="KPIs against target this month">
      {statuses.map(({ kpi, months: [month] }) => {
        const state = month?.met === undefined ? 'none' : month.met ? 'met' : 'missed';
        const said = { none: 'nothing measured', met: 'on target', missed: 'missed' }[state];
        return (
          <li key={kpi.id} className={`metrics-wall-kpi metrics-wall-kpi-${state}`}>
            <span className="metrics-wall-kpi-name">{kpi.name}</span>
            <span className="metrics-wall-kpi-value">
              {kpiValueText(kpi, month?.value)} / target {kpiValueText(kpi, kpi.target)} — {said}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
