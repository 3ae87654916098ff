import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import {
  useCommunicationConfig,
  useIncidentCommunications,
} from '../communications/communicationQueries.ts';
import { cadenceViews, dueText } from '../communications/communicationView.ts';
import { formatClockTime } from '../incidents/elapsed.ts';
import { useNow } from '../incidents/useNow.ts';
import { WallIncidentTags } from './WallIncidentTags.tsx';

/** Stakeholder updates for the focus incident: who hears next, and which updates are overdue. */
export function UpdatesPanel({ incident }: { incident: IncidentDoc }) {
  const { cadences } = useIncidentCommunications(incident.id);
  const { audiences } = useCommunicationConfig();
  const now = useNow(15_000);
  const views = cadenceViews(cadences, new Date(now));
  return (
    <div className="wall-updates-panel">
      <div className="wall-focus-heading">
        <WallIncidentTags incident={incident} />
        <span className="wall-focus-title">{incident.title}</span>
      </div>
      {views.length === 0 ? (
        <p className="wall-updates-none">No scheduled stakeholder updates</p>
      ) : (
        <ul className="wall-updates" data-testid="wall-updates">
          {views.slice(0, 6).map((view) => (
            <li
              key={view.cadence.id}
              className={`wall-update wall-update-${view.status}`}
              data-status={view.status}
            >
              <span className="wall-update-audience">
                {audiences.find((a) => a.id === view.cadence.audienceId)?.name ??
                  view.cadence.audienceId}
              </span>
              <span className="wall-update-due">
                {view.status === 'overdue'
                  ? `OVERDUE by ${Math.max(1, -view.minutesLeft)} min`
                  : dueText(view)}
              </span>
              <span className="wall-update-at">
                {formatClockTime(view.cadence.nextDueAt ?? '')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
