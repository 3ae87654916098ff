import { describe, expect, it } from 'vitest';
import {
  incidentsSlice,
  initialIncidentsViewState,
  listFilterChanged,
  timelineKindChanged,
} from './incidentsSlice.ts';

describe('incidentsSlice', () => {
  it('starts on active incidents and every timeline kind', () => {
    expect(initialIncidentsViewState).toEqual({ listFilter: 'active', timelineKind: 'all' });
  });

  it('changes the list and timeline filters independently', () => {
    let state = incidentsSlice.reducer(initialIncidentsViewState, listFilterChanged('all'));
    state = incidentsSlice.reducer(state, timelineKindChanged('decision'));
    expect(state).toEqual({ listFilter: 'all', timelineKind: 'decision' });
  });
});
