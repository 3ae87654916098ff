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
    preloadedState: {
      session: loadSessionState(storage),
      outbox: loadOutboxState(storage),
      ...preloadedState,
    },
    middleware: (getDefault) =>
      getDefault({ thunk: { extraArgument: { bridge } } }).prepend(listeners.middleware),
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
