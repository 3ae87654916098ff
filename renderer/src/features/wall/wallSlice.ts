import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

/** Seconds each wall panel stays up before the next one rotates in. */
export const WALL_PANEL_SECONDS = 15;

export interface WallState {
  panelIndex: number;
  /** Bumped whenever a panel is shown, so its full time on screen restarts. */
  shownCount: number;
  paused: boolean;
}

export const initialWallState: WallState = { panelIndex: 0, shownCount: 0, paused: false };

export const wallSlice = createSlice({
  name: 'wall',
  initialState: initialWallState,
  reducers: {
    /** Next panel; `panelCount` may shrink (no incidents), so wrap defensively. */
    panelAdvanced(state, action: PayloadAction<{ panelCount: number }>) {
      const { panelCount } = action.payload;
      if (state.paused || panelCount <= 0) return;
      state.panelIndex = (state.panelIndex + 1) % panelCount;
      state.shownCount += 1;
    },
    panelShown(state, action: PayloadAction<number>) {
      state.panelIndex = Math.max(0, action.payload);
      state.shownCount += 1;
    },
    rotationPaused(state, action: PayloadAction<boolean>) {
      state.paused = action.payload;
    },
  },
  selectors: {
    selectWallPaused: (state) => state.paused,
    selectWallShownCount: (state) => state.shownCount,
    /** The index to show for the panels that exist now. */
    selectWallPanelIndex: (state, panelCount: number) =>
      panelCount > 0 ? state.panelIndex % panelCount : 0,
  },
});

export const { panelAdvanced, panelShown, rotationPaused } = wallSlice.actions;
export const { selectWallPaused, selectWallPanelIndex, selectWallShownCount } = wallSlice.selectors;
