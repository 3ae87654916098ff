import type { RouteObject } from 'react-router-dom';
import { CommunicationsScreen } from '../features/communications/CommunicationsScreen.tsx';
import { ExercisesHome } from '../features/exercises/ExercisesHome.tsx';
import { FacilitatorConsole } from '../features/exercises/FacilitatorConsole.tsx';
import { ScenarioEditor } from '../features/exercises/ScenarioEditor.tsx';
import { WorkspaceGate } from '../features/firstRun/WorkspaceGate.tsx';
import { HandoffScreen } from '../features/handoffs/HandoffScreen.tsx';
import { IncidentView } from '../features/incidents/IncidentView.tsx';
import { OnCallScreen } from '../features/oncall/OnCallScreen.tsx';
import { AppShell } from '../features/shell/AppShell.tsx';
import { ConsoleHome } from '../features/shell/ConsoleHome.tsx';
import { SyncView } from '../features/sync/SyncView.tsx';
import { WallDisplay } from '../features/wall/WallDisplay.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { RootLayout } from './RootLayout.tsx';
import { RouteError } from './RouteError.tsx';

/** Hash routes: the same build works from the node (`/`) and Electron (`app://lantern/`). */
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
          { path: 'incidents/:incidentId', element: <IncidentView /> },
          { path: 'incidents/:incidentId/communications', element: <CommunicationsScreen /> },
          { path: 'incidents/:incidentId/handoff', element: <HandoffScreen /> },
          { path: 'on-call', element: <OnCallScreen /> },
          { path: 'exercises', element: <ExercisesHome /> },
          { path: 'exercises/scenarios/:scenarioId', element: <ScenarioEditor /> },
          { path: 'exercises/:exerciseId', element: <FacilitatorConsole /> },
          { path: 'sync', element: <SyncView /> },
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
