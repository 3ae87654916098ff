import type { EscalationDoc } from '../schema/escalation.ts';
import type { IncidentDoc } from '../schema/incident.ts';

/** How long the response took to each milestone, in whole minutes; undefined until reached. */
export interface ResponseTimes {
  /** Declared → the first page acknowledged. */
  acknowledgeMinutes?: number;
  /** Declared → first marked mitigated (a resolve without a mitigated step counts as mitigation). */
  mitigateMinutes?: number;
  /** Declared → resolved. */
  resolveMinutes?: number;
}

type IncidentTimes = Pick<IncidentDoc, 'declaredAt' | 'mitigatedAt' | 'resolvedAt'>;

function minutesBetween(fromIso: string, toIso: string | undefined): number | undefined {
  if (!toIso) return undefined;
  return Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
}

/** The earliest acknowledgement among the incident's escalations. */
export function firstAcknowledgedAt(
  escalations: readonly Pick<EscalationDoc, 'acknowledgedAt'>[],
): string | undefined {
  const times = escalations.flatMap((e) => (e.acknowledgedAt ? [e.acknowledgedAt] : []));
  return times.length
    ? times.reduce((a, b) => (Date.parse(a) <= Date.parse(b) ? a : b))
    : undefined;
}

/** Time to acknowledge, mitigate and resolve, measured from the declaration. */
export function responseTimes(
  incident: IncidentTimes,
  escalations: readonly Pick<EscalationDoc, 'acknowledgedAt'>[],
): ResponseTimes {
  const from = incident.declaredAt;
  const acknowledgeMinutes = minutesBetween(from, firstAcknowledgedAt(escalations));
  const mitigateMinutes = minutesBetween(from, incident.mitigatedAt ?? incident.resolvedAt);
  const resolveMinutes = minutesBetween(from, incident.resolvedAt);
  return {
    ...(acknowledgeMinutes === undefined ? {} : { acknowledgeMinutes }),
    ...(mitigateMinutes === undefined ? {} : { mitigateMinutes }),
    ...(resolveMinutes === undefined ? {} : { resolveMinutes }),
  };
}

/** "47 min", "2 h 05 min", "1 d 3 h": a duration people read at a glance. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
