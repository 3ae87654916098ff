import type { RouteObject } from 'react-router-dom';
import { WorkspaceGate } from '../features/firstRun/WorkspaceGate.tsx';
import { AppShell } from '../features/shell/AppShell.tsx';
import { ConsoleHome } from '../features/shell/ConsoleHome.tsx';
import { WallDisplay } from '../features/wall/WallDisplay.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { rendererFeatures } from './features.ts';
import { RootLayout } from './RootLayout.tsx';
import { RouteError } from './RouteError.tsx';

/**
 * Hash routes: the same build works from the node (`/`) and Electron
 * (`app://lantern/`). The screens inside the shell come from the features
 * (`app/features.ts`).
 */
export const lanternRoutes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { path: 'wall', element: <WallDisplay /> },
      {
        element: (
          <WorkspaceGate>
            <AppShell />
          </WorkspaceGate>
        ),
        children: [
          { index: true, element: <ConsoleHome /> },
          ...rendererFeatures.flatMap((feature) => feature.screens),
          {
            path: '*',
            element: (
              <EmptyState title="Nothing here">
                Pick an incident on the left, or press Ctrl/⌘+K.
              </EmptyState>
            ),
          },
        ],
      },
    ],
  },
];
