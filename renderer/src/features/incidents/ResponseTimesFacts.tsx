import { formatMinutes, responseTimes } from '../../../../shared/incidents/responseTimes.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useEscalations } from '../../app/db/commandQueries.ts';

/** Time to acknowledge, mitigate and resolve, from the declaration; "not yet" until reached. */
export function ResponseTimesFacts({ incident }: { incident: IncidentDoc }) {
  const { documents: escalations } = useEscalations(incident.id);
  const times = responseTimes(incident, escalations);
  const facts = [
    ['To acknowledge', times.acknowledgeMinutes, 'time-to-acknowledge'],
    ['To mitigate', times.mitigateMinutes, 'time-to-mitigate'],
    ['To resolve', times.resolveMinutes, 'time-to-resolve'],
  ] as const;
  return facts.map(([label, minutes, testId]) => (
    <div key={testId}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{minutes === undefined ? 'not yet' : formatMinutes(minutes)}</dd>
    </div>
  ));
}
