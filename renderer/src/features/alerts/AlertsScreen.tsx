import { Link } from 'react-router-dom';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { AlertList } from './AlertList.tsx';
import { DeadLetters } from './DeadLetters.tsx';
import { IntegrationsPanel } from './IntegrationsPanel.tsx';
import { MaintenanceWindows } from './MaintenanceWindows.tsx';

/** How many incident candidates wait for a person, with the way to the queue. */
function TriageLink() {
  const { documents } = useLiveQuery('triageCandidates', { selector: { status: 'open' } });
  return (
    <p>
      <Link to="/alerts/triage">Triage queue: {documents.length} open</Link> ·{' '}
      <Link to="/alerts/streams">Metric streams and anomalies</Link>
    </p>
  );
}

/** Alert intake: the alerts, the integrations that send them, and what was refused. */
export function AlertsScreen() {
  return (
    <div className="alerts-screen">
      <h1 className="page-title">Alerts</h1>
      <TriageLink />
      <AlertList />
      <MaintenanceWindows />
      <IntegrationsPanel />
      <DeadLetters />
    </div>
  );
}
