import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { TimelineKind } from '../../../../shared/domain/incident.ts';

export type TimelineKindFilter = TimelineKind | 'all';
export type IncidentListFilter = 'active' | 'all';

/** How the commander console is looking at incidents (never the incidents themselves). */
export interface IncidentsViewState {
  listFilter: IncidentListFilter;
  timelineKind: TimelineKindFilter;
}

export const initialIncidentsViewState: IncidentsViewState = {
  listFilter: 'active',
  timelineKind: 'all',
};

export const incidentsSlice = createSlice({
  name: 'incidents',
  initialState: initialIncidentsViewState,
  reducers: {
    listFilterChanged(state, action: PayloadAction<IncidentListFilter>) {
      state.listFilter = action.payload;
    },
    timelineKindChanged(state, action: PayloadAction<TimelineKindFilter>) {
      state.timelineKind = action.payload;
    },
  },
  selectors: {
    selectListFilter: (state) => state.listFilter,
    selectTimelineKind: (state) => state.timelineKind,
  },
});

export const { listFilterChanged, timelineKindChanged } = incidentsSlice.actions;
export const { selectListFilter, selectTimelineKind } = incidentsSlice.selectors;
