import { cadenceStatus } from '../communications/cadence.ts';
import type { StepProgress } from '../playbooks/playbookTypes.ts';
import type { CommunicationDoc } from '../schema/communication.ts';
import type { EscalationDoc } from '../schema/escalation.ts';

/** An update that has not reached everyone it was meant for. */
export interface OpenUpdate {
  id: string;
  audienceId: string;
  subject: string;
  /** "not sent yet", "2 failed, 1 queued", "1 in doubt". */
  state: string;
}

/** What is still open on an incident, shown before it is resolved. */
export interface ResolveReadiness {
  openSteps: string[];
  openUpdates: OpenUpdate[];
  /** Audiences whose scheduled update is overdue now. */
  overdueAudienceIds: string[];
  /** Escalations still paging with nobody acknowledging (their policy names). */
  unacknowledgedPages: string[];
}

const UNFINISHED = ['failed', 'queued', 'sending', 'in-doubt'] as const;

function undeliveredState(message: CommunicationDoc): string | undefined {
  if (!message.sentAt) return 'not sent yet';
  const counts = new Map<string, number>();
  for (const d of message.deliveries ?? [])
    if ((UNFINISHED as readonly string[]).includes(d.state))
      counts.set(d.state, (counts.get(d.state) ?? 0) + 1);
  if (counts.size === 0) return undefined;
  return UNFINISHED.filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${s === 'in-doubt' ? 'in doubt' : s}`)
    .join(', ');
}

/** Gather what a resolve would leave behind: steps, updates and pages. */
export function resolveReadiness(input: {
  steps: readonly Pick<StepProgress, 'title' | 'completedAt'>[];
  communications: readonly CommunicationDoc[];
  escalations: readonly Pick<EscalationDoc, 'status' | 'policyName'>[];
  now: Date;
}): ResolveReadiness {
  const openUpdates = input.communications.flatMap((c) => {
    if (c.kind !== 'message') return [];
    const state = undeliveredState(c);
    return state
      ? [{ id: c.id, audienceId: c.audienceId, subject: c.subject ?? 'Untitled update', state }]
      : [];
  });
  const overdueAudienceIds = input.communications
    .filter((c) => c.kind === 'cadence' && !c.stopped && c.nextDueAt)
    .filter(
      (c) =>
        cadenceStatus(
          { nextDueAt: c.nextDueAt ?? '', remindBeforeMinutes: c.remindBeforeMinutes ?? 5 },
          input.now,
        ) === 'overdue',
    )
    .map((c) => c.audienceId);
  return {
    openSteps: input.steps.filter((s) => !s.completedAt).map((s) => s.title),
    openUpdates,
    overdueAudienceIds,
    unacknowledgedPages: input.escalations
      .filter((e) => e.status === 'active')
      .map((e) => e.policyName),
  };
}

/** Whether nothing is left open. */
export function readyToResolve(readiness: ResolveReadiness): boolean {
  return (
    readiness.openSteps.length === 0 &&
    readiness.openUpdates.length === 0 &&
    readiness.overdueAudienceIds.length === 0 &&
    readiness.unacknowledgedPages.length === 0
  );
}
