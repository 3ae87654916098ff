import { Link } from 'react-router-dom';
import { briefTime } from '../../../../shared/handoffs/briefTime.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { Banner } from '../../ui/Banner.tsx';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';

/**
 * The in-app side of the handoff reminder: while a brief the node reminded
 * you about is still a draft, every screen says so and links to it.
 */
export function HandoffReminderBanner() {
  const me = useAppSelector(selectCurrentPersonId);
  const { documents } = useLiveQuery('handoffs', {
    selector: { outgoingLeadId: me ?? '', status: 'draft', reminderSentAt: { $exists: true } },
  });
  const brief = documents[0];
  if (!me || !brief) return null;
  return (
    <Banner tone="warning" className="handoff-reminder">
      <span data-testid="handoff-reminder">
        Your shift ends {brief.shiftEndsAt ? `at ${briefTime(brief.shiftEndsAt)}` : 'soon'}: the
        handoff brief for {brief.incident.reference} is drafted.{' '}
        <Link to={`/incidents/${brief.incidentId}/handoff`}>Review and submit it</Link>
      </span>
    </Banner>
  );
}
