import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import { usePeopleById } from '../../app/db/lanternQueries.ts';
import { timelineAuthor } from '../timeline/timelineAuthor.ts';
import { timelineKindLabel } from '../timeline/timelineKinds.ts';
import { useTimeFormat } from '../time/useTimeFormat.ts';

/** Room-readable: the newest few entries, never the whole log. */
export const LATEST_ENTRIES = 5;

/** The focus incident's newest timeline entries, already newest first. */
export function LatestTimelinePanel({ entries }: { entries: readonly TimelineEntryDoc[] }) {
  const people = usePeopleById();
  const { time } = useTimeFormat();
  return (
    <section className="wall-latest" aria-label="Latest on the timeline">
      <h3 className="wall-block-title">Latest on the timeline</h3>
      <ol className="wall-timeline">
        {entries.slice(0, LATEST_ENTRIES).map((entry) => (
          <li key={entry.id} className="wall-timeline-entry" data-testid="wall-timeline-entry">
            <time className="wall-timeline-time" dateTime={entry.at}>
              {time(entry.at)}
            </time>
            <span className="wall-timeline-text">
              <span className="wall-timeline-kind">{timelineKindLabel(entry.kind)}</span>{' '}
              {entry.text}
            </span>
            <span className="wall-timeline-author">{timelineAuthor(entry, people)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
