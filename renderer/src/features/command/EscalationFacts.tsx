import { useTimeFormat } from '../time/useTimeFormat.ts';
import { countdown, ESCALATION_STATUS_LABELS, type EscalationView } from './escalationView.ts';

/** Policy, level, status, who is paged and when paging moves on. */
export function EscalationFacts({
  view,
  now,
  nameOf,
}: {
  view: EscalationView;
  now: number;
  nameOf: (personId: string) => string;
}) {
  const { time } = useTimeFormat();
  const active = view.escalation.status === 'active';
  return (
    <dl className="command-facts" data-testid="escalation">
      <div>
        <dt>Policy</dt>
        <dd>{view.escalation.policyName}</dd>
      </div>
      <div>
        <dt>Level</dt>
        <dd>
          Level {view.level} of {view.levels}
          {view.rounds > 1 ? ` · round ${view.round} of ${view.rounds}` : ''}
        </dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd className={`escalation-status escalation-${view.escalation.status}`}>
          {ESCALATION_STATUS_LABELS[view.escalation.status] ?? view.escalation.status}
          {view.escalation.acknowledgedBy ? ` by ${nameOf(view.escalation.acknowledgedBy)}` : ''}
        </dd>
      </div>
      <div>
        <dt>{active ? 'Paged now' : 'Last paged'}</dt>
        <dd>{view.pagedPersonIds.map(nameOf).join(', ') || 'Nobody reachable'}</dd>
      </div>
      {view.dueAt ? (
        <div>
          <dt>Next escalation</dt>
          <dd>
            <time dateTime={view.dueAt}>{time(view.dueAt)}</time> (
            <span data-testid="escalation-countdown">{countdown(view.dueAt, now)}</span>)
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
