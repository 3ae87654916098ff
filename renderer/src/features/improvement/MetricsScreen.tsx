import { Link } from 'react-router-dom';
import { SEVERITY_LABELS, type Severity } from '../../../../shared/domain/severity.ts';
import { HOURS_BAND_LABELS, type HoursBand } from '../../../../shared/improvement/responseHours.ts';
import { BreakdownChart } from './BreakdownChart.tsx';
import { DistributionChart } from './DistributionChart.tsx';
import { HeadlineNumbers } from './HeadlineNumbers.tsx';
import { IncompleteIncidents } from './IncompleteIncidents.tsx';
import { KpiPanel } from './KpiPanel.tsx';
import { MetricsFilters } from './MetricsFilters.tsx';
import { TrendChart } from './TrendChart.tsx';
import type { ResponseMetrics } from '../../../../shared/improvement/responseMetrics.ts';
import { useMetricsChoice } from './useMetricsChoice.ts';

function TrendChartPair({ metrics, zone }: { metrics: ResponseMetrics; zone: string }) {
  return (
    <>
      <TrendChart measure="acknowledge" months={metrics.monthly} zone={zone} />
      <TrendChart measure="resolve" months={metrics.monthly} zone={zone} />
    </>
  );
}

/** Response metrics: how fast real incidents were acknowledged and resolved, and where it is slow. */
export function MetricsScreen() {
  const { choice, setChoice, zone, now, live } = useMetricsChoice();
  const { metrics, names } = live;
  const nameOf = (key: string) => names.get(key) ?? key;
  return (
    <div className="metrics-screen">
      <h1 className="page-title">Response metrics</h1>
      <p className="metrics-scope">
        Real incidents only
        {metrics.exercisesExcluded > 0
          ? ` — ${metrics.exercisesExcluded} exercise incidents left out`
          : ''}
        . Months and business hours in {zone}. <Link to="/metrics/wall">Wall panel</Link> ·
        Definitions: docs/metrics.md
      </p>
      {live.error ? (
        <p role="alert">The node is not answering; these numbers are from the last good read.</p>
      ) : null}
      <MetricsFilters
        choice={choice}
        services={live.services}
        teams={live.teams}
        onChange={setChoice}
      />
      {live.loading ? (
        <p role="status">Reading the record…</p>
      ) : (
        <HeadlineNumbers metrics={metrics} />
      )}
      <div className="metrics-grid">
        <TrendChartPair metrics={metrics} zone={zone} />
        <BreakdownChart
          id="by-severity"
          groupName="severity"
          rows={metrics.bySeverity}
          zone={zone}
          labelOf={(key) => `${key} ${SEVERITY_LABELS[key as Severity] ?? ''}`.trim()}
        />
        <DistributionChart buckets={metrics.distribution} />
        <BreakdownChart
          id="by-service"
          groupName="service"
          rows={metrics.byService}
          zone={zone}
          labelOf={nameOf}
        />
        <BreakdownChart
          id="by-team"
          groupName="team"
          rows={metrics.byTeam}
          zone={zone}
          labelOf={nameOf}
        />
        <BreakdownChart
          id="by-hours"
          groupName="hours"
          rows={metrics.byHours}
          zone={zone}
          labelOf={(key) => `${HOURS_BAND_LABELS[key as HoursBand]} (${zone})`}
        />
        <BreakdownChart
          id="by-type"
          groupName="type"
          rows={metrics.byType}
          zone={zone}
          labelOf={(key) => key}
        />
      </div>
      <KpiPanel base={live.base} now={now} services={live.services} />
      <IncompleteIncidents metrics={metrics} />
    </div>
  );
}
