import { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { conflict, forbidden, notFound } from '../../commands/errors.ts';
import { timelineWrite } from '../../commands/timelineEntry.ts';
import { requireOpenIncident } from '../../framework/references.ts';
import type { AlertDoc } from '../../schema/alert.ts';
import { idField } from '../../schema/fields.ts';

export const attachAlertInput = z.strictObject({ alertId: idField, incidentId: idField });

/** How an alert reads on a timeline: severity, summary, where it came from. */
export function alertLine(alert: AlertDoc): string {
  const where = [alert.service, alert.source].filter(Boolean).join(', ');
  return `[${alert.severity}] ${alert.summary} (${where}; ${alert.count} event${alert.count === 1 ? '' : 's'})`;
}

/**
 * A person attaches an alert to an open incident: it goes on the incident's
 * timeline, and so do its acknowledgement and resolve when the tool sends them.
 */
export const attachAlert = defineCommand({
  name: 'attachAlert',
  summary: 'Attach an alert to an open incident; its changes go on the incident timeline',
  input: attachAlertInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person attaches alerts to incidents');
    const alert = await reads.get('alerts', input.alertId);
    if (!alert) throw notFound('alert', input.alertId);
    const incident = await requireOpenIncident(reads, input.incidentId);
    if (alert.incidentId === incident.id)
      throw conflict(`The alert is already on ${incident.reference}'s timeline`);
    const attached: AlertDoc = { ...alert, incidentId: incident.id, hlc: context.nextHlc() };
    return {
      writes: [
        { kind: 'alerts', document: attached },
        timelineWrite(context, incident.id, 'note', `Alert attached: ${alertLine(alert)}`),
      ],
      result: attached,
    };
  },
});
