import { createSlice, isAnyOf } from '@reduxjs/toolkit';
import type { CommandName } from '../../../../shared/commands/registry.ts';
import { runCommand } from './runCommand.ts';

export interface InFlightCommand {
  requestId: string;
  name: CommandName;
}

/** Commands sent and not yet answered (buttons show "Declaring…", the status bar a count). */
export interface CommandsState {
  inFlight: InFlightCommand[];
}

export const initialCommandsState: CommandsState = { inFlight: [] };

export const commandsSlice = createSlice({
  name: 'commands',
  initialState: initialCommandsState,
  reducers: {},
  extraReducers: (builder) => {
    builder
      .addCase(runCommand.pending, (state, action) => {
        state.inFlight.push({ requestId: action.meta.requestId, name: action.meta.arg.name });
      })
      .addMatcher(isAnyOf(runCommand.fulfilled, runCommand.rejected), (state, action) => {
        state.inFlight = state.inFlight.filter(
          (command) => command.requestId !== action.meta.requestId,
        );
      });
  },
  selectors: {
    selectInFlightCount: (state) => state.inFlight.length,
    selectIsCommandInFlight: (state, name: CommandName) =>
      state.inFlight.some((command) => command.name === name),
  },
});

export const { selectInFlightCount, selectIsCommandInFlight } = commandsSlice.selectors;
