import { Link } from 'react-router-dom';
import { useNow } from '../incidents/useNow.ts';
import { useIncidentCommunications } from './communicationQueries.ts';
import { cadenceViews } from './communicationView.ts';

/** The way into an incident's communications, flagging updates that are overdue. */
export function OverdueUpdatesLink({ incidentId }: { incidentId: string }) {
  const { cadences } = useIncidentCommunications(incidentId);
  const now = useNow(15_000);
  const overdue = cadenceViews(cadences, new Date(now)).filter(
    (v) => v.status === 'overdue',
  ).length;
  return (
    <Link
      className="comms-link"
      to={`/incidents/${incidentId}/communications`}
      data-testid="comms-link"
    >
      Communications
      {overdue > 0 ? (
        <span className="comms-overdue-badge" data-testid="overdue-updates">
          {overdue} update{overdue === 1 ? '' : 's'} overdue
        </span>
      ) : null}
    </Link>
  );
}
