import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { ConnectionState } from '../../../../shared/contract/bridge.ts';

export interface ConnectivityState {
  connection: ConnectionState;
  /** When the connection last changed (ISO time), for "offline since 14:02". */
  changedAt: string | null;
  /** When the node was last reachable: everything shown is at least this fresh. */
  lastOnlineAt: string | null;
  /** False after a command could not reach the node at all; true again on the next answer. */
  nodeReachable: boolean;
}

export const initialConnectivityState: ConnectivityState = {
  connection: 'connecting',
  changedAt: null,
  lastOnlineAt: null,
  nodeReachable: true,
};

export const connectivitySlice = createSlice({
  name: 'connectivity',
  initialState: initialConnectivityState,
  reducers: {
    connectionChanged: {
      reducer(state, action: PayloadAction<{ connection: ConnectionState; at: string }>) {
        const { connection, at } = action.payload;
        if (state.connection === 'online' || connection === 'online') state.lastOnlineAt = at;
        if (state.connection !== connection) state.changedAt = at;
        state.connection = connection;
      },
      prepare(connection: ConnectionState, at: Date) {
        return { payload: { connection, at: at.toISOString() } };
      },
    },
    nodeReachabilityChanged(state, action: PayloadAction<boolean>) {
      state.nodeReachable = action.payload;
    },
  },
  selectors: {
    selectNodeReachable: (state) => state.nodeReachable,
    selectConnection: (state) => state.connection,
    selectIsConnectionDown: (state) =>
      state.connection === 'reconnecting' || state.connection === 'offline',
    selectLastOnlineAt: (state) => state.lastOnlineAt,
    selectConnectionChangedAt: (state) => state.changedAt,
  },
});

export const { connectionChanged, nodeReachabilityChanged } = connectivitySlice.actions;
export const {
  selectConnection,
  selectIsConnectionDown,
  selectLastOnlineAt,
  selectConnectionChangedAt,
  selectNodeReachable,
} = connectivitySlice.selectors;
