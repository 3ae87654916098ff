import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

/** Seconds each incident stays in the wall's detail area before the next one rotates in. */
export const WALL_DETAIL_SECONDS = 20;

export interface WallState {
  /** Which active incident (in attention order) the detail area shows. */
  focusIndex: number;
  /** Bumped whenever an incident is shown, so its full time on screen restarts. */
  shownCount: number;
  paused: boolean;
}

export const initialWallState: WallState = { focusIndex: 0, shownCount: 0, paused: false };

export const wallSlice = createSlice({
  name: 'wall',
  initialState: initialWallState,
  reducers: {
    /** Next incident; `incidentCount` may shrink (one resolved), so wrap defensively. */
    focusAdvanced(state, action: PayloadAction<{ incidentCount: number }>) {
      const { incidentCount } = action.payload;
      if (state.paused || incidentCount <= 0) return;
      state.focusIndex = (state.focusIndex + 1) % incidentCount;
      state.shownCount += 1;
    },
    focusShown(state, action: PayloadAction<number>) {
      state.focusIndex = Math.max(0, action.payload);
      state.shownCount += 1;
    },
    rotationPaused(state, action: PayloadAction<boolean>) {
      state.paused = action.payload;
    },
  },
  selectors: {
    selectWallPaused: (state) => state.paused,
    selectWallShownCount: (state) => state.shownCount,
    /** The index to show for the incidents that are active now. */
    selectWallFocusIndex: (state, incidentCount: number) =>
      incidentCount > 0 ? state.focusIndex % incidentCount : 0,
  },
});

export const { focusAdvanced, focusShown, rotationPaused } = wallSlice.actions;
export const { selectWallPaused, selectWallFocusIndex, selectWallShownCount } = wallSlice.selectors;
