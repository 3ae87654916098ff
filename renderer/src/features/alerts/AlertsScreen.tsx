import { AlertList } from './AlertList.tsx';
import { DeadLetters } from './DeadLetters.tsx';
import { IntegrationsPanel } from './IntegrationsPanel.tsx';
import { MaintenanceWindows } from './MaintenanceWindows.tsx';

/** Alert intake: the alerts, the integrations that send them, and what was refused. */
export function AlertsScreen() {
  return (
    <div className="alerts-screen">
      <h1 className="page-title">Alerts</h1>
      <AlertList />
      <MaintenanceWindows />
      <IntegrationsPanel />
      <DeadLetters />
    </div>
  );
}
