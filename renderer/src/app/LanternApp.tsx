import { useState } from 'react';
import { Provider } from 'react-redux';
import { RouterProvider, type createHashRouter } from 'react-router-dom';
import { ClockProvider, systemClock, type Clock } from './clock/ClockContext.tsx';
import { LanternProvider, type LanternConnection } from './db/LanternContext.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { createAppStore, type AppStore } from './store/store.ts';
import { StepUpDialogHost } from '../features/session/StepUpDialog.tsx';

export interface LanternAppProps {
  connection: LanternConnection;
  /** `createHashRouter` in the app, `createMemoryRouter` in tests. */
  createRouter: () => ReturnType<typeof createHashRouter>;
  storage?: Storage;
  /** Tests pass a store to drive UI state directly. */
  store?: AppStore;
  /** The system clock in the app; tests pass a fixed one. */
  clock?: Clock;
}

/** Everything a screen needs: node connection, Redux store, router. */
export function LanternApp({
  connection,
  createRouter,
  storage,
  store: givenStore,
  clock = systemClock,
}: LanternAppProps) {
  const [store] = useState(
    () => givenStore ?? createAppStore({ bridge: connection.bridge, storage }),
  );
  const [router] = useState(createRouter);
  return (
    <ErrorBoundary>
      <ClockProvider clock={clock}>
        <LanternProvider connection={connection}>
          <Provider store={store}>
            <RouterProvider router={router} />
            <StepUpDialogHost />
          </Provider>
        </LanternProvider>
      </ClockProvider>
    </ErrorBoundary>
  );
}
