import { describe, expect, it } from 'vitest';
import {
  commandsSlice,
  initialCommandsState,
  selectInFlightCount,
  selectIsCommandInFlight,
} from './commandsSlice.ts';
import { runCommand } from './runCommand.ts';

const reduce = commandsSlice.reducer;
const request = {
  name: 'declareIncident',
  input: { title: 'Payments down', severity: 'SEV1' },
} as const;

describe('commandsSlice', () => {
  it('tracks a command from sent until answered, either way', () => {
    let state = reduce(initialCommandsState, runCommand.pending('r1', request));
    state = reduce(state, runCommand.pending('r2', request));
    expect(selectInFlightCount({ commands: state })).toBe(2);
    expect(selectIsCommandInFlight({ commands: state }, 'declareIncident')).toBe(true);

    state = reduce(state, runCommand.fulfilled({}, 'r1', request));
    state = reduce(
      state,
      runCommand.rejected(null, 'r2', request, { code: 'forbidden', message: 'no', problems: [] }),
    );
    expect(selectInFlightCount({ commands: state })).toBe(0);
  });
});
