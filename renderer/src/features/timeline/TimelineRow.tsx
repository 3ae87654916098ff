import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import type { VirtualRowProps } from '../../ui/VirtualList.tsx';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { timelineKindLabel } from './timelineKinds.ts';

interface TimelineRowProps {
  entry: TimelineEntryDoc;
  row: VirtualRowProps;
  authorName: string;
  /** The entry this one corrects, when it is a correction. */
  corrects: TimelineEntryDoc | undefined;
  /** The later entry that corrects this one. */
  correctedBy: TimelineEntryDoc | undefined;
  onCorrect: (() => void) | undefined;
}

/** One timeline entry; a correction names the entry it corrects, and the original points to it. */
export function TimelineRow({
  entry,
  row,
  authorName,
  corrects,
  correctedBy,
  onCorrect,
}: TimelineRowProps) {
  const { time, dateTime } = useTimeFormat();
  const className = `timeline-entry timeline-${entry.kind}${corrects ? ' timeline-correction' : ''}`;
  return (
    <li {...row} className={className} data-testid="timeline-entry" data-entry-id={entry.id}>
      {/* A backdated entry leads with when it happened; when it was written stays beside it. */}
      <time
        className="timeline-time"
        dateTime={entry.occurredAt ?? entry.at}
        title={dateTime(entry.occurredAt ?? entry.at)}
      >
        {time(entry.occurredAt ?? entry.at)}
      </time>
      <div className="timeline-body">
        <div className="timeline-meta">
          <span className="timeline-kind">{timelineKindLabel(entry.kind)}</span>
          <span className="timeline-author">{authorName}</span>
          {entry.occurredAt ? (
            <span className="timeline-backdated" data-testid="timeline-backdated">
              backdated · written {dateTime(entry.at)}
            </span>
          ) : null}
          {entry.starred ? (
            <span className="timeline-star" aria-label="Key moment">
              ★
            </span>
          ) : null}
          {onCorrect ? (
            <button type="button" className="timeline-correct" onClick={onCorrect}>
              Correct
            </button>
          ) : null}
        </div>
        {corrects ? (
          <p className="timeline-link" data-testid="correction-of">
            Correction of the {time(corrects.at)} entry: “{corrects.text}”
          </p>
        ) : null}
        <p className={correctedBy ? 'timeline-text timeline-corrected' : 'timeline-text'}>
          {entry.text}
        </p>
        {correctedBy ? (
          <p className="timeline-link" data-testid="corrected-by">
            Corrected at {time(correctedBy.at)}: “{correctedBy.text}”
          </p>
        ) : null}
      </div>
    </li>
  );
}
