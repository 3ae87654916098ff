import { configureStore } from '@reduxjs/toolkit';
import type { RendererBridge } from '../bridge/rendererBridge.ts';
import { loadOutboxState } from '../../features/outbox/outboxSlice.ts';
import { loadSessionState } from '../../features/session/sessionSlice.ts';
import { createAppListeners } from './listeners.ts';
import { rootReducer, type RootState } from './rootReducer.ts';

export interface AppStoreOptions {
  bridge: RendererBridge;
  /** Where the current person id is remembered; tests pass their own. */
  storage?: Storage;
  preloadedState?: Partial<RootState>;
}

export function createAppStore({ bridge, storage, preloadedState }: AppStoreOptions) {
  const listeners = createAppListeners(storage);
  return configureStore({
    reducer: rootReducer,
    // A signed-in session lives in memory only: after a reload the person signs in again.
    preloadedState: {
      session: loadSessionState(bridge.signIn ? undefined : storage),
      outbox: loadOutboxState(storage),
      ...preloadedState,
    },
    middleware: (getDefault) =>
      getDefault({ thunk: { extraArgument: { bridge } } }).prepend(listeners.middleware),
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
