import { alertShape } from '../schema/alert.ts';
import { alertDeadLetterShape, alertIntegrationShape } from '../schema/alertIntegration.ts';
import { maintenanceWindowShape } from '../schema/maintenanceWindow.ts';
import { triageCandidateShape } from '../schema/triageCandidate.ts';
import { defineKind } from '../store/kind.ts';

/**
 * Alerts keep a collection of their own: a storm is tens of thousands of
 * documents in minutes, each updated again by its repeats and resolve, and
 * the alert list queries them live by time (docs/alerts.md, "Storage").
 * Integrations and dead letters are few and go in `records`.
 */
export const alertKinds = {
  alerts: defineKind({
    name: 'alerts',
    noun: 'alert',
    shape: alertShape,
    version: 0,
    appendOnly: false,
    storage: {
      collection: 'own',
      indexes: ['lastSeenAt', ['integrationId', 'dedupKey', 'episode'], ['status', 'lastSeenAt']],
    },
  }),
  alertIntegrations: defineKind({
    name: 'alertIntegrations',
    noun: 'alert integration',
    shape: alertIntegrationShape,
    version: 0,
    appendOnly: false,
    storage: {
      collection: 'records',
      columns: { scope: 'keyHash', category: 'source', status: 'status' },
    },
  }),
  alertDeadLetters: defineKind({
    name: 'alertDeadLetters',
    noun: 'refused alert request',
    shape: alertDeadLetterShape,
    version: 0,
    appendOnly: true,
    storage: {
      collection: 'records',
      columns: { scope: 'integrationId', dueAt: 'receivedAt' },
    },
  }),
  maintenanceWindows: defineKind({
    name: 'maintenanceWindows',
    noun: 'maintenance window',
    shape: maintenanceWindowShape,
    version: 0,
    appendOnly: false,
    storage: {
      collection: 'records',
      // Intake reads the windows not ended early and not yet over: status and end are indexed.
      columns: { status: 'status', dueAt: 'endsAt' },
    },
  }),
  triageCandidates: defineKind({
    name: 'triageCandidates',
    noun: 'incident candidate',
    shape: triageCandidateShape,
    version: 0,
    appendOnly: false,
    storage: {
      collection: 'records',
      // The triage queue: open candidates, oldest first.
      columns: { scope: 'alertId', status: 'status', dueAt: 'openedAt' },
    },
  }),
};
