import { Link } from 'react-router-dom';
import { briefTime } from '../../../../shared/handoffs/briefTime.ts';
import type { HandoffDoc } from '../../../../shared/schema/handoff.ts';

const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  acknowledged: 'Acknowledged',
  withdrawn: 'Withdrawn',
};

/** Every brief of the incident, newest first; each opens in the brief pane. */
export function BriefHistory({
  briefs,
  selectedId,
  nameOf,
}: {
  briefs: readonly HandoffDoc[];
  selectedId: string | undefined;
  nameOf: (id: string) => string;
}) {
  return (
    <nav className="handoff-history" aria-label="Brief history">
      <h2 className="section-title">
        History <span className="count">{briefs.length}</span>
      </h2>
      {briefs.length === 0 ? <p className="muted">No briefs yet.</p> : null}
      <ol className="handoff-history-list">
        {briefs.toReversed().map((brief) => (
          <li key={brief.id}>
            <Link
              to={`?brief=${brief.id}`}
              className="handoff-history-item"
              aria-current={brief.id === selectedId ? 'true' : undefined}
              data-testid="brief-history-item"
            >
              <span className="handoff-history-top">
                <strong>Brief #{brief.number}</strong>
                <span className={`handoff-status handoff-status-${brief.status}`}>
                  {STATUS_LABELS[brief.status] ?? brief.status}
                </span>
              </span>
              <span className="muted">
                {nameOf(brief.outgoingLeadId)} →{' '}
                {brief.incomingLeadId ? nameOf(brief.incomingLeadId) : '…'}
              </span>
              <span className="muted">
                {briefTime(brief.acknowledgedAt ?? brief.submittedAt ?? brief.draftedAt)}
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
