import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { briefTime } from '../../../../shared/handoffs/briefTime.ts';
import type { HandoffDoc } from '../../../../shared/schema/handoff.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useIncident, usePeopleById } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';
import { BriefEditor } from './BriefEditor.tsx';
import { BriefExports } from './BriefExports.tsx';
import { BriefHistory } from './BriefHistory.tsx';
import { BriefView } from './BriefView.tsx';
import { DraftBriefPanel } from './DraftBriefPanel.tsx';
import { currentBriefOf, useBriefs } from './handoffQueries.ts';
import { AcknowledgeBriefForm, SubmitBriefButton, WithdrawBriefButton } from './HandoffSteps.tsx';
import { useShiftStatus } from './useShiftStatus.ts';

function BriefSteps({
  brief,
  me,
  readOnly,
  nameOf,
}: {
  brief: HandoffDoc;
  me: string | null;
  readOnly: boolean;
  nameOf: (id: string) => string;
}) {
  if (readOnly || !me) return null;
  const outgoing = me === brief.outgoingLeadId;
  const incoming = me === brief.incomingLeadId;
  return (
    <div className="handoff-steps no-print">
      {outgoing && brief.status === 'draft' ? (
        <SubmitBriefButton
          brief={brief}
          incoming={brief.incomingLeadId ? nameOf(brief.incomingLeadId) : undefined}
        />
      ) : null}
      {incoming && brief.status === 'submitted' ? <AcknowledgeBriefForm brief={brief} /> : null}
      {outgoing && brief.status === 'submitted' ? (
        <p className="muted">Waiting for {nameOf(brief.incomingLeadId)} to acknowledge.</p>
      ) : null}
      {outgoing && (brief.status === 'draft' || brief.status === 'submitted') ? (
        <WithdrawBriefButton brief={brief} />
      ) : null}
    </div>
  );
}

/** One incident's shift handoff: the brief (drafted, edited, handed over), its history, exports. */
export function HandoffScreen() {
  const { incidentId } = useParams();
  const [search] = useSearchParams();
  const { bridge } = useLantern();
  const me = useAppSelector(selectCurrentPersonId);
  const { incident, loading } = useIncident(incidentId);
  const briefs = useBriefs(incidentId).documents;
  const people = usePeopleById();
  const { commanderId, shift } = useShiftStatus(incident);
  const nameOf = useCallback(
    (id: string) => (id ? (people.get(id)?.displayName ?? id) : 'not chosen'),
    [people],
  );
  if (loading) return null;
  if (!incident)
    return (
      <EmptyState title="Incident not found">It may not have synced to this node yet.</EmptyState>
    );
  const current = currentBriefOf(briefs);
  const selected = briefs.find((b) => b.id === search.get('brief')) ?? current;
  const open = current && (current.status === 'draft' || current.status === 'submitted');
  const editing =
    !bridge.readOnly && selected?.status === 'draft' && selected.outgoingLeadId === me;
  return (
    <article className="handoff-screen" aria-labelledby="handoff-title">
      <header className="incident-header handoff-header no-print">
        <div className="incident-header-tags">
          <SeverityBadge severity={incident.severity} withLabel />
          {incident.exercise ? <ExerciseMarker /> : null}
          <Link to={`/incidents/${incident.id}`} className="incident-reference">
            {incident.reference}
          </Link>
        </div>
        <h1 id="handoff-title" className="page-title">
          Shift handoff — {incident.title}
        </h1>
        <p className="handoff-shift" data-testid="handoff-shift">
          Commanded by <strong>{commanderId ? nameOf(commanderId) : 'nobody'}</strong>
          {shift
            ? `; shift on ${shift.rotationName} ends ${briefTime(shift.endsAt)}` +
              (shift.nextPersonId ? `, then ${nameOf(shift.nextPersonId)} is on call` : '')
            : '; no on-call shift end is known for them'}
          .
        </p>
      </header>
      <div className="handoff-body">
        <div className="handoff-main">
          {!open ? (
            <DraftBriefPanel
              incident={incident}
              isCommander={!bridge.readOnly && me !== null && me === commanderId}
              commanderName={commanderId ? nameOf(commanderId) : 'nobody'}
              suggestedIncomingId={shift?.nextPersonId}
            />
          ) : null}
          {selected ? (
            <>
              <BriefSteps brief={selected} me={me} readOnly={bridge.readOnly} nameOf={nameOf} />
              {editing ? <BriefEditor key={selected.id} brief={selected} /> : null}
              <div className={editing ? 'handoff-preview' : undefined}>
                {editing ? <h2 className="section-title no-print">As saved</h2> : null}
                <BriefView brief={selected} nameOf={nameOf} />
              </div>
              <div className="no-print">
                <BriefExports brief={selected} nameOf={nameOf} />
              </div>
            </>
          ) : null}
        </div>
        <aside className="handoff-aside no-print">
          <BriefHistory briefs={briefs} selectedId={selected?.id} nameOf={nameOf} />
        </aside>
      </div>
    </article>
  );
}
