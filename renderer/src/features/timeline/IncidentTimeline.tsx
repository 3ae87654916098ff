import { usePeopleById, useTimeline } from '../../app/db/lanternQueries.ts';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { SelectField } from '../../ui/Field.tsx';
import {
  selectTimelineKind,
  timelineKindChanged,
  type TimelineKindFilter,
} from '../incidents/incidentsSlice.ts';
import { TimelineComposer } from './TimelineComposer.tsx';
import { TimelineEntryList } from './TimelineEntryList.tsx';
import { filterTimeline } from './timelineSelectors.ts';
import { KIND_FILTER_OPTIONS } from './timelineKinds.ts';
import { useStickToBottom } from './useStickToBottom.ts';

/** The incident's live timeline: filter by kind, follow new entries, write one. */
export function IncidentTimeline({
  incidentId,
  readOnly,
}: {
  incidentId: string;
  readOnly: boolean;
}) {
  const dispatch = useAppDispatch();
  const kind = useAppSelector(selectTimelineKind);
  const { documents, loading } = useTimeline(incidentId);
  const people = usePeopleById();
  const entries = filterTimeline(documents, kind);
  const { scrollRef, onScroll } = useStickToBottom<HTMLDivElement>(entries.length);
  return (
    <section className="incident-timeline" aria-labelledby="timeline-heading">
      <div className="incident-timeline-header">
        <h2 id="timeline-heading" className="section-title">
          Timeline <span className="count">{documents.length}</span>
        </h2>
        <div className="inline-field">
          <SelectField
            label="Show entries"
            options={KIND_FILTER_OPTIONS}
            value={kind}
            onChange={(event) =>
              dispatch(timelineKindChanged(event.target.value as TimelineKindFilter))
            }
          />
        </div>
      </div>
      <div
        ref={scrollRef}
        onScroll={onScroll}
        className="incident-timeline-scroll"
        // Focusable so the history can be scrolled from the keyboard.
        tabIndex={0}
        role="region"
        aria-label="Timeline history"
      >
        {!loading && entries.length === 0 ? (
          <EmptyState title="No entries of this kind yet" />
        ) : (
          <TimelineEntryList entries={entries} people={people} />
        )}
      </div>
      {readOnly ? null : <TimelineComposer incidentId={incidentId} />}
    </section>
  );
}
