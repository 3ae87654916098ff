import type { PersonDoc } from '../../../../shared/schema/person.ts';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { SelectField } from '../../ui/Field.tsx';
import {
  selectTimelineKind,
  timelineKindChanged,
  type TimelineKindFilter,
} from '../incidents/incidentsSlice.ts';
import { KIND_FILTER_OPTIONS } from './timelineKinds.ts';
import {
  selectStarredOnly,
  selectTimelinePerson,
  starredOnlyToggled,
  timelinePersonChanged,
} from './timelineSlice.ts';

/** Narrow the timeline by kind, by author, or to key moments. */
export function TimelineFilters({ people }: { people: ReadonlyMap<string, PersonDoc> }) {
  const dispatch = useAppDispatch();
  const kind = useAppSelector(selectTimelineKind);
  const personId = useAppSelector(selectTimelinePerson);
  const starredOnly = useAppSelector(selectStarredOnly);
  const personOptions = [
    { value: '', label: 'Everyone' },
    ...[...people.values()]
      .toSorted((a, b) => a.displayName.localeCompare(b.displayName))
      .map((person) => ({ value: person.id, label: person.displayName })),
  ];
  return (
    <div className="timeline-filters inline-field">
      <SelectField
        label="Show entries"
        options={KIND_FILTER_OPTIONS}
        value={kind}
        onChange={(event) =>
          dispatch(timelineKindChanged(event.target.value as TimelineKindFilter))
        }
      />
      <SelectField
        label="Person"
        options={personOptions}
        value={personId ?? ''}
        onChange={(event) => dispatch(timelinePersonChanged(event.target.value || null))}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={starredOnly}
          onChange={(event) => dispatch(starredOnlyToggled(event.target.checked))}
        />
        Starred only
      </label>
    </div>
  );
}
