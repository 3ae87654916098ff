import { useMemo, useState } from 'react';
import type { MetricsFilter } from '../../../../shared/improvement/metricsFilter.ts';
import { useNow } from '../incidents/useNow.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { DEFAULT_CHOICE, type MetricsChoice } from './MetricsFilters.tsx';
import { periodStart } from './metricsPeriod.ts';
import { useResponseMetrics } from './useResponseMetrics.ts';

/** The viewer's filter choice, the metrics it selects, read in the zone times are shown in. */
export function useMetricsChoice(initial: MetricsChoice = DEFAULT_CHOICE) {
  const [choice, setChoice] = useState(initial);
  const { zone } = useTimeFormat();
  // Periods move at month boundaries; re-reading the clock each minute is plenty.
  const now = useNow(60_000);
  const from = periodStart(choice.period, now, zone);
  const filter = useMemo<MetricsFilter>(
    () => ({
      ...(from ? { from } : {}),
      ...(choice.severity ? { severities: [choice.severity] } : {}),
      ...(choice.serviceId ? { serviceIds: [choice.serviceId] } : {}),
      ...(choice.teamId ? { teamIds: [choice.teamId] } : {}),
    }),
    [from, choice.severity, choice.serviceId, choice.teamId],
  );
  return { choice, setChoice, zone, now, live: useResponseMetrics(filter, zone) };
}
