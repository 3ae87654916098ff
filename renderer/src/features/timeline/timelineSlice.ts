import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

/** How the console filters the timeline beyond its kind, and which entry is being corrected. */
export interface TimelineViewState {
  /** An author's person id, or null for everyone. */
  personId: string | null;
  starredOnly: boolean;
  correctingEntryId: string | null;
}

export const initialTimelineViewState: TimelineViewState = {
  personId: null,
  starredOnly: false,
  correctingEntryId: null,
};

export const timelineSlice = createSlice({
  name: 'timeline',
  initialState: initialTimelineViewState,
  reducers: {
    timelinePersonChanged(state, action: PayloadAction<string | null>) {
      state.personId = action.payload;
    },
    starredOnlyToggled(state, action: PayloadAction<boolean>) {
      state.starredOnly = action.payload;
    },
    correctionStarted(state, action: PayloadAction<string>) {
      state.correctingEntryId = action.payload;
    },
    correctionEnded(state) {
      state.correctingEntryId = null;
    },
  },
  selectors: {
    selectTimelinePerson: (state) => state.personId,
    selectStarredOnly: (state) => state.starredOnly,
    selectCorrectingEntryId: (state) => state.correctingEntryId,
  },
});

export const { timelinePersonChanged, starredOnlyToggled, correctionStarted, correctionEnded } =
  timelineSlice.actions;
export const { selectTimelinePerson, selectStarredOnly, selectCorrectingEntryId } =
  timelineSlice.selectors;
