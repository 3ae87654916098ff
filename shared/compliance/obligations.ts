import type { IncidentDoc } from '../schema/incident.ts';
import type { IncidentAwarenessDoc } from '../schema/incidentAwareness.ts';
import type { ObligationFilingDoc } from '../schema/obligationFiling.ts';
import { formatDateTime } from '../time/displayTime.ts';
import { clockEnd, describeDuration } from './clockArithmetic.ts';
import { OBLIGATION_RULES, type ObligationRule } from './obligationRules.ts';

/**
 * due: the clock runs; overdue: it ran out unfiled; met: filed (on time or
 * late, see `late`); waiting: the event that starts its clock has not
 * happened yet (a final report before its notification was filed).
 */
export type ObligationStatus = 'due' | 'overdue' | 'met' | 'waiting';

export interface Obligation {
  id: string;
  regulation: string;
  citation: string;
  title: string;
  recipient: string;
  status: ObligationStatus;
  /** What starts the clock, in words. */
  startsFrom: string;
  startedAt?: string;
  dueAt?: string;
  /** The deadline in the asked zone, with the zone's name: "2026-03-30 12:00 GMT+2". */
  dueLocal?: string;
  zone: string;
  /** Milliseconds left at `now` (negative when overdue); absent once met or while waiting. */
  remainingMs?: number;
  /** "1 d 3 h 00 min left", "2 h 10 min overdue", "filed 40 min before the deadline". */
  remaining?: string;
  filing?: ObligationFilingDoc['filing'] & { late: boolean };
}

export function ruleApplies(rule: ObligationRule, incident: IncidentDoc): boolean {
  if (!(incident.complianceFlags ?? []).includes(rule.flag)) return false;
  return !rule.severities || rule.severities.includes(incident.severity);
}

/** The rules that apply to the incident, in the order they are listed. */
export function applicableRules(incident: IncidentDoc): ObligationRule[] {
  return OBLIGATION_RULES.filter((rule) => ruleApplies(rule, incident));
}

/** The incident's recorded awareness: a corrected time if a person recorded one, else its declaration. */
export function awarenessOf(incident: IncidentDoc, corrected?: IncidentAwarenessDoc): string {
  return corrected?.incidentId === incident.id ? corrected.awareness.at : incident.declaredAt;
}

function clockStart(
  rule: ObligationRule,
  awareness: { at: string; words: string },
  filings: ReadonlyMap<string, ObligationFilingDoc>,
): { startedAt?: string; startsFrom: string } {
  if (rule.start.event === 'awareness')
    return { startedAt: awareness.at, startsFrom: awareness.words };
  const previous = filings.get(rule.start.obligationId);
  const startsFrom = `the filing of ${rule.start.obligationId}`;
  return previous ? { startedAt: previous.filing.filedAt, startsFrom } : { startsFrom };
}

function timing(dueAt: Date, now: Date, filing?: ObligationFilingDoc['filing']) {
  if (filing) {
    const margin = dueAt.getTime() - Date.parse(filing.filedAt);
    const late = margin < 0;
    const remaining = late
      ? `filed ${describeDuration(margin)} after the deadline`
      : `filed ${describeDuration(margin)} before the deadline`;
    return { status: 'met' as const, remaining, filing: { ...filing, late } };
  }
  const remainingMs = dueAt.getTime() - now.getTime();
  return remainingMs >= 0
    ? { status: 'due' as const, remainingMs, remaining: `${describeDuration(remainingMs)} left` }
    : {
        status: 'overdue' as const,
        remainingMs,
        remaining: `${describeDuration(remainingMs)} overdue`,
      };
}

/**
 * Every obligation the incident's classification brings, with its deadline
 * computed from the recorded events and its state at `now`. Pure: the
 * clock and the zone are given.
 */
export function obligationsFor(
  incident: IncidentDoc,
  filingDocs: readonly ObligationFilingDoc[],
  now: Date,
  zone: string,
  corrected?: IncidentAwarenessDoc,
): Obligation[] {
  const awareness = {
    at: awarenessOf(incident, corrected),
    words:
      corrected?.incidentId === incident.id
        ? 'awareness (as corrected)'
        : 'awareness (declaration)',
  };
  const filings = new Map(
    filingDocs.filter((f) => f.incidentId === incident.id).map((f) => [f.obligationId, f]),
  );
  return applicableRules(incident).map((rule) => {
    const { id, regulation, citation, title, recipient } = rule;
    const base = { id, regulation, citation, title, recipient, zone };
    const { startedAt, startsFrom } = clockStart(rule, awareness, filings);
    if (!startedAt) return { ...base, startsFrom, status: 'waiting' as const };
    const dueAt = clockEnd(new Date(startedAt), rule.length);
    return {
      ...base,
      startsFrom,
      startedAt,
      dueAt: dueAt.toISOString(),
      dueLocal: formatDateTime(dueAt, zone),
      ...timing(dueAt, now, filings.get(rule.id)?.filing),
    };
  });
}

export const filingId = (incidentId: string, obligationId: string) =>
  `${incidentId}:${obligationId}`;

export const awarenessId = (incidentId: string) => `${incidentId}:awareness`;
