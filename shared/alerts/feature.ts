import { defineSharedFeature } from '../feature.ts';
import { createAlertIntegration, revokeAlertIntegration } from './commands/alertIntegrations.ts';
import { attachAlert } from './commands/attachAlert.ts';
import {
  endMaintenanceWindowEarly,
  scheduleMaintenanceWindow,
} from './commands/maintenanceWindows.ts';
import { acceptTriageCandidate, dismissTriageCandidate } from './commands/triage.ts';
import { ingestAlerts } from './commands/ingestAlerts.ts';
import { recordAlertDeadLetter } from './commands/recordAlertDeadLetter.ts';

/** Alert intake: integrations with their own keys, normalised and deduplicated alerts. */
export const alertsFeature = defineSharedFeature({
  name: 'alerts',
  commands: {
    createAlertIntegration,
    revokeAlertIntegration,
    ingestAlerts,
    recordAlertDeadLetter,
    attachAlert,
    scheduleMaintenanceWindow,
    endMaintenanceWindowEarly,
    acceptTriageCandidate,
    dismissTriageCandidate,
  },
});
