import type { IncidentDoc } from '../schema/incident.ts';

/** The four response clocks, each read from a recorded event (docs/metrics.md). */
export const MEASURES = ['detect', 'acknowledge', 'mitigate', 'resolve'] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  detect: 'Time to detect',
  acknowledge: 'Time to acknowledge',
  mitigate: 'Time to mitigate',
  resolve: 'Time to resolve',
};

/** What the metrics read of an incident: its recorded state, never a person's recollection. */
export type MeasuredIncident = Pick<
  IncidentDoc,
  | 'id'
  | 'reference'
  | 'title'
  | 'severity'
  | 'type'
  | 'status'
  | 'exercise'
  | 'declaredAt'
  | 'impactStartedAt'
  | 'mitigatedAt'
  | 'resolvedAt'
  | 'serviceIds'
>;

/** The recorded events around an incident that live in other records. */
export interface IncidentEvents {
  /** When each attached alert was first seen. */
  alertFirstSeen: readonly string[];
  /** When each escalation started paging. */
  pagesStarted: readonly string[];
  /** When each escalation was acknowledged. */
  acknowledged: readonly string[];
}

export const NO_EVENTS: IncidentEvents = { alertFirstSeen: [], pagesStarted: [], acknowledged: [] };

/** Why a clock has no value: the event it starts or stops at was never recorded. */
export interface MissingEvent {
  measure: Measure;
  reason: string;
}

export interface IncidentMeasures {
  incident: MeasuredIncident;
  /** Whole minutes per clock, present only when both its events are recorded. */
  minutes: Partial<Record<Measure, number>>;
  /** Clocks that cannot be measured on a finished incident, and why. */
  missing: MissingEvent[];
  /** Still open: resolve (and perhaps mitigate) are not due yet, so not missing. */
  open: boolean;
}

function earliest(times: readonly (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const time of times)
    if (time && !Number.isNaN(Date.parse(time)) && (!best || Date.parse(time) < Date.parse(best)))
      best = time;
  return best;
}

function minutesBetween(fromIso: string, toIso: string): number {
  return Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
}

/** The start of the detection clock: the impact start or first alert, whichever came first. */
export function detectionStart(
  incident: MeasuredIncident,
  events: IncidentEvents,
): string | undefined {
  return earliest([incident.impactStartedAt, ...events.alertFirstSeen]);
}

type Clock = { from?: string; to?: string; noStart: string; noEnd: string };

function clocksOf(incident: MeasuredIncident, events: IncidentEvents): Record<Measure, Clock> {
  return {
    detect: {
      from: detectionStart(incident, events),
      to: incident.declaredAt,
      noStart: 'no alert attached and no impact start recorded',
      noEnd: 'no declaration time',
    },
    acknowledge: {
      from: earliest(events.pagesStarted),
      to: earliest(events.acknowledged),
      noStart: 'nobody was paged',
      noEnd: 'no page was acknowledged',
    },
    mitigate: {
      from: incident.declaredAt,
      // A resolve without a mitigated step ends the impact at the latest then.
      to: incident.mitigatedAt ?? incident.resolvedAt,
      noStart: 'no declaration time',
      noEnd: 'never marked mitigated or resolved',
    },
    resolve: {
      from: incident.declaredAt,
      to: incident.resolvedAt,
      noStart: 'no declaration time',
      noEnd: 'closed without a resolve time',
    },
  };
}

const OPEN_STATUSES = new Set(['declared', 'investigating', 'mitigated']);

/**
 * One incident's response clocks. A clock whose events were never recorded
 * is listed as missing with its reason (never guessed, never dropped); on an
 * open incident the clocks not yet due are simply absent.
 */
export function measureIncident(
  incident: MeasuredIncident,
  events: IncidentEvents = NO_EVENTS,
): IncidentMeasures {
  const open = OPEN_STATUSES.has(incident.status);
  const minutes: Partial<Record<Measure, number>> = {};
  const missing: MissingEvent[] = [];
  const clocks = clocksOf(incident, events);
  for (const measure of MEASURES) {
    const { from, to, noStart, noEnd } = clocks[measure];
    if (from && to) {
      minutes[measure] = minutesBetween(from, to);
      continue;
    }
    // On an open incident a clock still running is not missing, only not yet stopped.
    const stillRunning = open && from !== undefined && measure !== 'detect';
    if (open && measure === 'acknowledge' && !from) continue;
    if (!stillRunning) missing.push({ measure, reason: from ? noEnd : noStart });
  }
  return { incident, minutes, missing, open };
}
