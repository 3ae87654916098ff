import { EscalationClosedError } from './errors.ts';
import type { EscalationEvent, EscalationState } from './escalationState.ts';
import type { EscalationPolicy, EscalationTarget } from './policySchema.ts';

/** Who a target means at a moment (the holder of a role, who was on call); pure, so replays agree. */
export type ResolveTargets = (target: EscalationTarget, at: Date) => readonly string[];

export interface EscalationStep {
  state: EscalationState;
  events: EscalationEvent[];
}

const MINUTE = 60_000;
/** A guard against a corrupted state looping forever; real policies take at most 10 levels × 10 rounds × 2 steps. */
const MAX_STEPS = 1000;

/** Begin escalating under a policy; the first page is due immediately. */
export function startEscalation(policy: EscalationPolicy, at: Date): EscalationState {
  return {
    policyId: policy.id,
    policyName: policy.name,
    levels: policy.levels.map((level) => ({ ...level, targets: [...level.targets] })),
    repeat: policy.repeat,
    startedAt: at.toISOString(),
    status: 'active',
    round: 0,
    levelIndex: 0,
    pagedAt: null,
    pagedPersonIds: [],
    dueAt: at.toISOString(),
  };
}

/** When the scheduler must next call advanceEscalation; null once acknowledged or exhausted. */
export function escalationDue(state: EscalationState): Date | null {
  return state.dueAt === null ? null : new Date(state.dueAt);
}

function page(state: EscalationState, resolveTargets: ResolveTargets): EscalationStep {
  const at = state.dueAt ?? state.startedAt;
  const level = state.levels[state.levelIndex];
  const targets = level?.targets ?? [];
  const personIds = [...new Set(targets.flatMap((t) => resolveTargets(t, new Date(at))))];
  // Nobody to page: move on at once rather than wait out a timeout nobody can answer.
  const waitMinutes = personIds.length > 0 ? (level?.ackTimeoutMinutes ?? 0) : 0;
  return {
    state: {
      ...state,
      pagedAt: at,
      pagedPersonIds: personIds,
      dueAt: new Date(Date.parse(at) + waitMinutes * MINUTE).toISOString(),
    },
    events: [
      { kind: 'page', at, round: state.round, levelIndex: state.levelIndex, targets, personIds },
    ],
  };
}

function timeoutReason(state: EscalationState): string {
  const level = state.levels[state.levelIndex];
  return state.pagedPersonIds.length === 0
    ? `nobody could be paged at level ${state.levelIndex + 1}`
    : `no acknowledgement within ${level?.ackTimeoutMinutes ?? 0} min at level ${state.levelIndex + 1}`;
}

function escalate(state: EscalationState): EscalationStep {
  const at = state.dueAt ?? state.startedAt;
  const from = { round: state.round, levelIndex: state.levelIndex };
  const reason = timeoutReason(state);
  const lastLevel = state.levelIndex + 1 >= state.levels.length;
  if (lastLevel && state.round >= state.repeat) {
    const rounds = state.round + 1;
    return {
      state: { ...state, status: 'exhausted', dueAt: null },
      events: [
        {
          kind: 'exhausted',
          at,
          rounds,
          reason: `${reason}; every level was tried ${rounds} time(s) — page someone by hand`,
        },
      ],
    };
  }
  const to = lastLevel
    ? { round: state.round + 1, levelIndex: 0 }
    : { round: state.round, levelIndex: state.levelIndex + 1 };
  return {
    state: { ...state, ...to, pagedAt: null, pagedPersonIds: [] },
    events: [{ kind: 'escalate', at, from, to, reason }],
  };
}

/**
 * Take every step that was due up to `now`, in order, each stamped with the
 * time it was due (not `now`). Calling it again after a restart with a later
 * `now` yields exactly the steps missed meanwhile.
 */
export function advanceEscalation(
  state: EscalationState,
  now: Date,
  resolveTargets: ResolveTargets,
): EscalationStep {
  let current = state;
  const events: EscalationEvent[] = [];
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    if (current.status !== 'active' || current.dueAt === null) break;
    if (Date.parse(current.dueAt) > now.getTime()) break;
    const step = current.pagedAt === null ? page(current, resolveTargets) : escalate(current);
    current = step.state;
    events.push(...step.events);
  }
  return { state: current, events };
}

/** Record an acknowledgement; stops further pages. Advance to `at` first so earlier steps are not lost. */
export function acknowledge(state: EscalationState, by: string, at: Date): EscalationState {
  if (state.status === 'acknowledged')
    throw new EscalationClosedError(
      `The ${state.policyName} escalation was already acknowledged by ${state.acknowledgedBy} at ${state.acknowledgedAt}`,
    );
  if (state.status === 'exhausted')
    throw new EscalationClosedError(
      `The ${state.policyName} escalation ran out of levels; start a new escalation or page someone by hand`,
    );
  return {
    ...state,
    status: 'acknowledged',
    dueAt: null,
    acknowledgedBy: by,
    acknowledgedAt: at.toISOString(),
  };
}
