import { useMemo, type ReactNode } from 'react';
import type { PersonDoc } from '../../../../shared/schema/person.ts';
import type { TimelineEntryDoc } from '../../../../shared/schema/timelineEntry.ts';
import { VirtualList } from '../../ui/VirtualList.tsx';
import { timelineAuthor } from './timelineAuthor.ts';
import { correctionLinks } from './timelineSelectors.ts';
import { TimelineRow } from './TimelineRow.tsx';

interface TimelineEntryListProps {
  entries: readonly TimelineEntryDoc[];
  /** Every entry of the incident, so corrections link to originals hidden by a filter. */
  allEntries: readonly TimelineEntryDoc[];
  people: ReadonlyMap<string, PersonDoc>;
  onCorrect: ((entry: TimelineEntryDoc) => void) | undefined;
  children?: ReactNode;
}

const entryKey = (entry: TimelineEntryDoc) => entry.id;

/** The shared record of what happened, in the order every peer agrees on; only the rows in view are rendered. */
export function TimelineEntryList({
  entries,
  allEntries,
  people,
  onCorrect,
  children,
}: TimelineEntryListProps) {
  const { byId, correctedBy } = useMemo(() => correctionLinks(allEntries), [allEntries]);
  return (
    <VirtualList
      items={entries}
      itemKey={entryKey}
      label="Timeline"
      regionLabel="Timeline history"
      className="incident-timeline-scroll"
      listClassName="timeline"
      estimatedRowHeight={64}
      followTail
      renderRow={(entry, row) => (
        <TimelineRow
          key={entry.id}
          entry={entry}
          row={row}
          authorName={timelineAuthor(entry, people)}
          corrects={entry.corrects ? byId.get(entry.corrects) : undefined}
          correctedBy={correctedBy.get(entry.id)}
          onCorrect={onCorrect ? () => onCorrect(entry) : undefined}
        />
      )}
    >
      {children}
    </VirtualList>
  );
}
