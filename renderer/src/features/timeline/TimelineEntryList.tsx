import type { PersonDoc } from '../../../../shared/schema/person.ts';
import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import { formatClockTime, formatDateTime } from '../incidents/elapsed.ts';
import { correctedEntryIds } from './timelineSelectors.ts';
import { timelineKindLabel } from './timelineKinds.ts';

interface TimelineEntryListProps {
  entries: readonly TimelineEntryDoc[];
  people: ReadonlyMap<string, PersonDoc>;
}

/** The shared record of what happened, in the order every peer agrees on. */
export function TimelineEntryList({ entries, people }: TimelineEntryListProps) {
  const corrected = correctedEntryIds(entries);
  return (
    <ol className="timeline" aria-label="Timeline">
      {entries.map((entry) => (
        <li
          key={entry.id}
          className={`timeline-entry timeline-${entry.kind}`}
          data-testid="timeline-entry"
        >
          <time className="timeline-time" dateTime={entry.at} title={formatDateTime(entry.at)}>
            {formatClockTime(entry.at)}
          </time>
          <div className="timeline-body">
            <div className="timeline-meta">
              <span className="timeline-kind">{timelineKindLabel(entry.kind)}</span>
              <span className="timeline-author">
                {people.get(entry.actorId)?.displayName ?? entry.actorId}
              </span>
              {entry.starred ? (
                <span className="timeline-star" aria-label="Key moment">
                  ★
                </span>
              ) : null}
            </div>
            <p
              className={
                corrected.has(entry.id) ? 'timeline-text timeline-corrected' : 'timeline-text'
              }
            >
              {entry.text}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
