import { Link } from 'react-router-dom';
import { MEASURE_LABELS } from '../../../../shared/improvement/incidentMeasures.ts';
import type { ResponseMetrics } from '../../../../shared/improvement/responseMetrics.ts';

const SHOWN = 50;

/** Incidents whose record lacks an event a clock needs: listed, never silently dropped. */
export function IncompleteIncidents({ metrics }: { metrics: ResponseMetrics }) {
  const incomplete = metrics.incomplete;
  return (
    <section className="metrics-incomplete" aria-labelledby="metrics-incomplete-title">
      <h2 id="metrics-incomplete-title">Incomplete records ({incomplete.length})</h2>
      {incomplete.length === 0 ? (
        <p>Every clock of every incident in this period could be measured.</p>
      ) : (
        <>
          <p>
            These incidents count in the totals, but the clocks named here are left out of the
            averages: the event they are measured from was never recorded.
          </p>
          <ul>
            {incomplete.slice(0, SHOWN).map(({ incident, missing }) => (
              <li key={incident.id}>
                <Link to={`/incidents/${incident.id}`}>{incident.reference}</Link> {incident.title}
                {' — '}
                {missing.map((m) => `${MEASURE_LABELS[m.measure]}: ${m.reason}`).join('; ')}
              </li>
            ))}
          </ul>
          {incomplete.length > SHOWN ? (
            <p>…and {incomplete.length - SHOWN} more (export the API’s JSON for all).</p>
          ) : null}
        </>
      )}
    </section>
  );
}
