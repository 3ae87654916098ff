import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { formatClockTime } from '../incidents/elapsed.ts';
import { timelineAuthor } from '../timeline/timelineAuthor.ts';
import { timelineKindLabel } from '../timeline/timelineKinds.ts';
import { WallIncidentTags } from './WallIncidentTags.tsx';

/** Room-readable: the newest few entries, never the whole log. */
export const LATEST_ENTRIES = 5;

/** The most severe incident's newest timeline entries, already newest first. */
export function LatestTimelinePanel({
  incident,
  entries,
}: {
  incident: IncidentDoc;
  entries: readonly TimelineEntryDoc[];
}) {
  const people = usePeopleById();
  return (
    <div className="wall-timeline-panel">
      <div className="wall-focus-heading">
        <WallIncidentTags incident={incident} />
        <span className="wall-focus-title">{incident.title}</span>
      </div>
      <ol className="wall-timeline">
        {entries.slice(0, LATEST_ENTRIES).map((entry) => (
          <li key={entry.id} className="wall-timeline-entry" data-testid="wall-timeline-entry">
            <time className="wall-timeline-time" dateTime={entry.at}>
              {formatClockTime(entry.at)}
            </time>
            <span className="wall-timeline-kind">{timelineKindLabel(entry.kind)}</span>
            <span className="wall-timeline-text">{entry.text}</span>
            <span className="wall-timeline-author">{timelineAuthor(entry, people)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
