import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router-dom';
import { LanternApp } from '../app/LanternApp.tsx';
import { lanternRoutes } from '../app/routes.tsx';
import { createAppStore, type AppStore } from '../app/store/store.ts';
import { personChosen } from '../features/session/sessionSlice.ts';
import type { TestLantern } from './testLantern.testHelpers.ts';

export interface RenderLanternOptions {
  route?: string;
  personId?: string;
}

/** Renders the whole app (store, router, real screens) over a test lantern's database. */
export function renderLantern(
  lantern: TestLantern,
  options: RenderLanternOptions = {},
): { store: AppStore } & ReturnType<typeof render> {
  const store = createAppStore({ bridge: lantern.bridge });
  if (options.personId) store.dispatch(personChosen(options.personId));
  const createRouter = () =>
    createMemoryRouter(lanternRoutes, { initialEntries: [options.route ?? '/'] });
  const view = render(
    <LanternApp
      connection={lantern}
      createRouter={createRouter}
      store={store}
      clock={lantern.clock}
    />,
  );
  return { store, ...view };
}
