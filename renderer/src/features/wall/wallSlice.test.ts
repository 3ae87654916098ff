import { describe, expect, it } from 'vitest';
import {
  focusAdvanced,
  focusShown,
  initialWallState,
  rotationPaused,
  selectWallFocusIndex,
  wallSlice,
} from './wallSlice.ts';

const reduce = wallSlice.reducer;

describe('wallSlice', () => {
  it('rotates the detail through the active incidents and wraps around', () => {
    let state = initialWallState;
    for (let i = 0; i < 3; i += 1) state = reduce(state, focusAdvanced({ incidentCount: 3 }));
    expect(state.focusIndex).toBe(0);
    expect(reduce(state, focusAdvanced({ incidentCount: 3 })).focusIndex).toBe(1);
  });

  it('stays put while paused', () => {
    const paused = reduce(initialWallState, rotationPaused(true));
    expect(reduce(paused, focusAdvanced({ incidentCount: 3 })).focusIndex).toBe(0);
  });

  it('keeps the index valid when incidents are resolved', () => {
    const onThird = reduce(initialWallState, focusShown(2));
    expect(selectWallFocusIndex({ wall: onThird }, 1)).toBe(0);
    expect(reduce(onThird, focusAdvanced({ incidentCount: 1 })).focusIndex).toBe(0);
  });
});
