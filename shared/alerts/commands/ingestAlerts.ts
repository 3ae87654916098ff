import { z } from 'zod';
import { defineCommand, type CommandReads, type DocumentWrite } from '../../commands/command.ts';
import { forbidden, notFound } from '../../commands/errors.ts';
import { normalisedAlertShape, type AlertDoc } from '../../schema/alert.ts';
import type { AlertIntegrationDoc } from '../../schema/alertIntegration.ts';
import { idField } from '../../schema/fields.ts';
import { timelineWrite } from '../../commands/timelineEntry.ts';
import { alertLine } from './attachAlert.ts';
import { alertIdOf } from '../alertIdentity.ts';
import { chooseEpisode, foldAlertEvent } from '../dedup.ts';
import { MAX_ALERTS_PER_REQUEST } from '../adapters/adapter.ts';
import { suppressingWindow } from '../maintenance.ts';
import { candidateFor, opensCandidate } from '../triage.ts';
import type { MaintenanceWindowDoc } from '../../schema/maintenanceWindow.ts';

export const ingestAlertsInput = z.strictObject({
  integrationId: idField,
  alerts: z.array(normalisedAlertShape).min(1).max(MAX_ALERTS_PER_REQUEST),
});

/** How often an integration's last-seen time is written (a storm would otherwise rewrite it per request). */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

/** The integration whose key the request carried; the actor must be it. */
export async function requireIntakeIntegration(
  reads: CommandReads,
  integrationId: string,
  actor: { kind: string; id: string },
): Promise<AlertIntegrationDoc> {
  const integration = await reads.get('alertIntegrations', integrationId);
  if (!integration) throw notFound('alert integration', integrationId);
  if (actor.kind !== 'integration' || actor.id !== integration.id)
    throw forbidden(`Only "${integration.name}" itself, on its own key, may post its alerts`);
  if (integration.status === 'revoked')
    throw forbidden(`The key of "${integration.name}" was revoked: create a new integration`);
  return integration;
}

/** The integration with a fresh last-seen time, when the stored one is over a minute old. */
export function seenIntegration(
  integration: AlertIntegrationDoc,
  now: Date,
  hlc: () => string,
): DocumentWrite[] {
  const last = integration.lastSeenAt ? Date.parse(integration.lastSeenAt) : 0;
  if (now.getTime() - last < LAST_SEEN_RESOLUTION_MS) return [];
  const updated = { ...integration, lastSeenAt: now.toISOString(), hlc: hlc() };
  return [{ kind: 'alertIntegrations', document: updated }];
}

async function newestEpisode(
  reads: CommandReads,
  integrationId: string,
  dedupKey: string,
): Promise<AlertDoc | undefined> {
  const episodes = await reads.find('alerts', { integrationId, dedupKey });
  return episodes.reduce<AlertDoc | undefined>(
    (newest, alert) => (!newest || alert.episode > newest.episode ? alert : newest),
    undefined,
  );
}

/** Windows that may be in force now: not ended early and not over (indexed on status and end). */
function windowsInForce(reads: CommandReads, now: string): Promise<MaintenanceWindowDoc[]> {
  return reads.find('maintenanceWindows', { status: 'scheduled', endsAt: { $gt: now } });
}

/**
 * One request's alerts from one integration, deduplicated into the stored
 * alerts in order (docs/alerts.md). A request is one command: its alerts
 * commit together, and concurrent requests share a COMMIT (group commit).
 */
export const ingestAlerts = defineCommand({
  name: 'ingestAlerts',
  summary: 'Take alerts an integration posted: deduplicate them into open alerts',
  input: ingestAlertsInput,
  permission: 'person',
  async plan(reads, input, context) {
    const integration = await requireIntakeIntegration(reads, input.integrationId, context.actor);
    const newest = new Map<string, AlertDoc | undefined>();
    const written = new Map<string, AlertDoc>();
    const now = context.now.toISOString();
    let opened = 0;
    const windows = await windowsInForce(reads, now);
    const related: DocumentWrite[] = []; // timeline entries and triage candidates
    for (const event of input.alerts) {
      const latest = newest.has(event.dedupKey)
        ? newest.get(event.dedupKey)
        : await newestEpisode(reads, integration.id, event.dedupKey);
      const { episode, continues } = chooseEpisode(latest, event);
      const id =
        continues && latest ? latest.id : alertIdOf(integration.id, event.dedupKey, episode);
      if (!continues) opened++;
      const alert = foldAlertEvent(continues ? latest : undefined, event, {
        id,
        integrationId: integration.id,
        episode,
        now,
        hlc: context.nextHlc(),
      });
      // Suppression is decided when an episode opens and kept for the episode: an
      // alert that fired in maintenance stays explained after the window ends.
      const window = continues ? undefined : suppressingWindow(windows, alert, context.now);
      if (window) alert.suppressedBy = window.id;
      // A critical alert opens an incident candidate for a person to triage (never a declaration).
      if (!continues && opensCandidate(alert))
        related.push({
          kind: 'triageCandidates',
          document: candidateFor(alert, now, context.nextHlc()),
        });
      newest.set(event.dedupKey, alert);
      written.set(id, alert);
      // An attached alert's state changes go on its incident's timeline (repeats do not).
      if (alert.incidentId && continues && latest?.status !== alert.status)
        related.push(
          timelineWrite(
            context,
            alert.incidentId,
            'note',
            `Alert ${alert.status}: ${alertLine(alert)}`,
          ),
        );
    }
    const writes: DocumentWrite[] = [...written.values()].map((document) => ({
      kind: 'alerts',
      document,
    }));
    return {
      writes: [
        ...writes,
        ...related,
        ...seenIntegration(integration, context.now, context.nextHlc),
      ],
      result: { accepted: input.alerts.length, opened, alertIds: [...written.keys()] },
    };
  },
});
