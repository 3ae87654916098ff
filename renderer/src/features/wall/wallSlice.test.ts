import { describe, expect, it } from 'vitest';
import {
  initialWallState,
  panelAdvanced,
  panelShown,
  rotationPaused,
  selectWallPanelIndex,
  wallSlice,
} from './wallSlice.ts';

const reduce = wallSlice.reducer;

describe('wallSlice', () => {
  it('rotates through the panels and wraps around', () => {
    let state = initialWallState;
    for (let i = 0; i < 3; i += 1) state = reduce(state, panelAdvanced({ panelCount: 3 }));
    expect(state.panelIndex).toBe(0);
    expect(reduce(state, panelAdvanced({ panelCount: 3 })).panelIndex).toBe(1);
  });

  it('stays put while paused', () => {
    const paused = reduce(initialWallState, rotationPaused(true));
    expect(reduce(paused, panelAdvanced({ panelCount: 3 })).panelIndex).toBe(0);
  });

  it('keeps the index valid when the number of panels shrinks', () => {
    const onThird = reduce(initialWallState, panelShown(2));
    expect(selectWallPanelIndex({ wall: onThird }, 1)).toBe(0);
    expect(reduce(onThird, panelAdvanced({ panelCount: 1 })).panelIndex).toBe(0);
  });
});
