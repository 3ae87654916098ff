import { useMemo } from 'react';
import { usePeopleById, useTimeline } from '../../app/db/lanternQueries.ts';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { selectTimelineKind } from '../incidents/incidentsSlice.ts';
import { OutboxList } from '../outbox/OutboxList.tsx';
import { TimelineComposer } from './TimelineComposer.tsx';
import { TimelineEntryList } from './TimelineEntryList.tsx';
import { TimelineFilters } from './TimelineFilters.tsx';
import { filterTimeline } from './timelineSelectors.ts';
import { correctionStarted, selectStarredOnly, selectTimelinePerson } from './timelineSlice.ts';

/** The incident's live timeline: filter it, follow new entries, write or correct one. */
export function IncidentTimeline({
  incidentId,
  readOnly,
}: {
  incidentId: string;
  readOnly: boolean;
}) {
  const dispatch = useAppDispatch();
  const kind = useAppSelector(selectTimelineKind);
  const personId = useAppSelector(selectTimelinePerson);
  const starredOnly = useAppSelector(selectStarredOnly);
  const { documents, loading } = useTimeline(incidentId);
  const people = usePeopleById();
  const entries = useMemo(
    () => filterTimeline(documents, { kind, personId, starredOnly }),
    [documents, kind, personId, starredOnly],
  );
  return (
    <section className="incident-timeline" aria-labelledby="timeline-heading">
      <div className="incident-timeline-header">
        <h2 id="timeline-heading" className="section-title">
          Timeline <span className="count">{documents.length}</span>
        </h2>
        <TimelineFilters people={people} />
      </div>
      <TimelineEntryList
        entries={entries}
        allEntries={documents}
        people={people}
        onCorrect={readOnly ? undefined : (entry) => dispatch(correctionStarted(entry.id))}
      >
        {!loading && entries.length === 0 ? (
          <EmptyState title="No entries match these filters" />
        ) : null}
      </TimelineEntryList>
      {readOnly ? null : <OutboxList incidentId={incidentId} />}
      {readOnly ? null : <TimelineComposer incidentId={incidentId} entries={documents} />}
    </section>
  );
}
