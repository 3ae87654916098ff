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
  return (
    <section className="incident-timeline" aria-labelledby="timeline-heading">
      <div className="incident-timeline-header">
        <h2 id="timeline-heading" className="section-title">
          Timeline <span className="count">{documents.length}</span>
        </h2>
        <div className="inline-field">
          <SelectField
            label="Show"
            options={KIND_FILTER_OPTIONS}
            value={kind}
            onChange={(event) =>
              dispatch(timelineKindChanged(event.target.value as TimelineKindFilter))
            }
          />
        </div>
      </div>
      <div className="incident-timeline-scroll">
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
