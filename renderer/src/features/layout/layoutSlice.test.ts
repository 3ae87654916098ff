import { describe, expect, it } from 'vitest';
import { incidentListToggled, initialLayoutState, layoutSlice } from './layoutSlice.ts';

describe('layoutSlice', () => {
  it('shows the incident list by default and toggles it', () => {
    expect(initialLayoutState.incidentListHidden).toBe(false);
    const hidden = layoutSlice.reducer(initialLayoutState, incidentListToggled());
    expect(hidden.incidentListHidden).toBe(true);
    expect(layoutSlice.reducer(hidden, incidentListToggled()).incidentListHidden).toBe(false);
  });
});
