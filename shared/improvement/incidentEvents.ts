import type { AlertDoc } from '../schema/alert.ts';
import type { EscalationDoc } from '../schema/escalation.ts';
import type { IncidentEvents } from './incidentMeasures.ts';

type AlertEvent = Pick<AlertDoc, 'incidentId' | 'firstSeenAt'>;
type PageEvent = Pick<EscalationDoc, 'incidentId' | 'startedAt' | 'acknowledgedAt'>;

interface MutableEvents {
  alertFirstSeen: string[];
  pagesStarted: string[];
  acknowledged: string[];
}

/** Each incident's recorded alerts and pages, gathered from the alert and escalation records. */
export function incidentEvents(
  alerts: readonly AlertEvent[],
  escalations: readonly PageEvent[],
): Map<string, IncidentEvents> {
  const events = new Map<string, MutableEvents>();
  const of = (incidentId: string) => {
    let found = events.get(incidentId);
    if (!found) {
      found = { alertFirstSeen: [], pagesStarted: [], acknowledged: [] };
      events.set(incidentId, found);
    }
    return found;
  };
  for (const alert of alerts)
    if (alert.incidentId) of(alert.incidentId).alertFirstSeen.push(alert.firstSeenAt);
  for (const escalation of escalations) {
    const found = of(escalation.incidentId);
    found.pagesStarted.push(escalation.startedAt);
    if (escalation.acknowledgedAt) found.acknowledged.push(escalation.acknowledgedAt);
  }
  return events;
}
