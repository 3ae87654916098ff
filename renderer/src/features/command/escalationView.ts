import { parseEscalationState, type EscalationState } from '../../../../shared/escalation/index.ts';
import type { EscalationDoc } from '../../../../shared/schema/escalation.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';

export interface EscalationView {
  escalation: EscalationDoc;
  state: EscalationState | undefined;
  /** 1-based level being paged, and how many levels the policy has. */
  level: number;
  levels: number;
  round: number;
  rounds: number;
  pagedPersonIds: string[];
  dueAt: string | null;
}

function readState(escalation: EscalationDoc): EscalationState | undefined {
  try {
    return parseEscalationState(escalation.state);
  } catch {
    return undefined;
  }
}

/** The running escalation of an incident, else its latest one (acknowledged, exhausted…). */
export function currentEscalation(
  escalations: readonly EscalationDoc[],
): EscalationView | undefined {
  const escalation = escalations.find((e) => e.status === 'active') ?? escalations[0];
  if (!escalation) return undefined;
  const state = readState(escalation);
  return {
    escalation,
    state,
    level: (state?.levelIndex ?? 0) + 1,
    levels: state?.levels.length ?? 0,
    round: (state?.round ?? 0) + 1,
    rounds: (state?.repeat ?? 0) + 1,
    pagedPersonIds: state?.pagedPersonIds ?? [],
    dueAt: escalation.status === 'active' ? (state?.dueAt ?? null) : null,
  };
}

/** A paged person may acknowledge, and so may the Incident Commander. */
export function mayAcknowledge(
  view: EscalationView,
  incident: IncidentDoc,
  personId: string | null,
): boolean {
  if (!personId || view.escalation.status !== 'active') return false;
  const commands = (incident.roles ?? []).some(
    (r) => r.role === 'incident-commander' && r.personId === personId,
  );
  return commands || view.pagedPersonIds.includes(personId);
}

/** "4:05" until an ISO time, "due now" once it has passed. */
export function countdown(dueAt: string, nowMs: number): string {
  const seconds = Math.floor((Date.parse(dueAt) - nowMs) / 1000);
  if (seconds <= 0) return 'due now';
  const minutes = Math.floor(seconds / 60);
  return `in ${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

export const ESCALATION_STATUS_LABELS: Record<string, string> = {
  active: 'Paging',
  acknowledged: 'Acknowledged',
  exhausted: 'Exhausted — nobody acknowledged',
  cancelled: 'Stopped',
};
