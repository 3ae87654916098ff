import { createSlice } from '@reduxjs/toolkit';

/** How the console is laid out on this screen. */
export interface LayoutState {
  /** Hide the incident list to give one incident the whole width (Mod+B). */
  incidentListHidden: boolean;
}

export const initialLayoutState: LayoutState = { incidentListHidden: false };

export const layoutSlice = createSlice({
  name: 'layout',
  initialState: initialLayoutState,
  reducers: {
    incidentListToggled(state) {
      state.incidentListHidden = !state.incidentListHidden;
    },
  },
  selectors: {
    selectIncidentListHidden: (state) => state.incidentListHidden,
  },
});

export const { incidentListToggled } = layoutSlice.actions;
export const { selectIncidentListHidden } = layoutSlice.selectors;
