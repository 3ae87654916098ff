import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter } from 'react-router-dom';
import { LanternApp } from '../app/LanternApp.tsx';
import { createAppStore } from '../app/store/store.ts';
import { personChosen } from '../features/session/sessionSlice.ts';
import type { TestLantern } from './testLantern.testHelpers.ts';

/** Renders one component with the app's providers (database, store, router) around it. */
export function renderInLantern(lantern: TestLantern, element: ReactElement, personId?: string) {
  const store = createAppStore({ bridge: lantern.bridge });
  if (personId) store.dispatch(personChosen(personId));
  const createRouter = () => createMemoryRouter([{ path: '/', element }]);
  return {
    store,
    ...render(
      <LanternApp
        connection={lantern}
        createRouter={createRouter}
        store={store}
        clock={lantern.clock}
      />,
    ),
  };
}
