import { describe, expect, it } from 'vitest';
import {
  connectionChanged,
  connectivitySlice,
  initialConnectivityState,
  selectIsConnectionDown,
} from './connectivitySlice.ts';

const reduce = connectivitySlice.reducer;
const at = (time: string) => new Date(`2026-11-26T${time}Z`);

describe('connectivitySlice', () => {
  it('remembers when the node was last reachable, for "data as of"', () => {
    let state = reduce(initialConnectivityState, connectionChanged('online', at('10:00:00')));
    state = reduce(state, connectionChanged('reconnecting', at('10:05:00')));
    state = reduce(state, connectionChanged('offline', at('10:06:00')));

    expect(state.lastOnlineAt).toBe('2026-11-26T10:05:00.000Z');
    expect(state.changedAt).toBe('2026-11-26T10:06:00.000Z');
    expect(selectIsConnectionDown({ connectivity: state })).toBe(true);
  });

  it('does not count the first connection attempt as down', () => {
    expect(selectIsConnectionDown({ connectivity: initialConnectivityState })).toBe(false);
  });
});
