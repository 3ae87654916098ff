import { Link } from 'react-router-dom';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { currentBriefOf, useBriefs } from './handoffQueries.ts';

/** The incident view's way to the handoff screen, with where the current brief stands. */
export function HandoffLink({ incidentId }: { incidentId: string }) {
  const brief = currentBriefOf(useBriefs(incidentId).documents);
  const people = usePeopleById();
  const incoming = brief?.incomingLeadId
    ? (people.get(brief.incomingLeadId)?.displayName ?? brief.incomingLeadId)
    : undefined;
  const state = !brief
    ? 'no brief yet'
    : brief.status === 'draft'
      ? `brief #${brief.number} drafted`
      : brief.status === 'submitted'
        ? `brief #${brief.number} submitted, waiting for ${incoming ?? 'the incoming lead'}`
        : `brief #${brief.number} ${brief.status}`;
  return (
    <p className="incident-links">
      <Link to={`/incidents/${incidentId}/handoff`} data-testid="open-handoff">
        Shift handoff brief
      </Link>{' '}
      <span className="muted">({state})</span>
    </p>
  );
}
