import { alertScreens } from '../features/alerts/screens.ts';
import { anomalyScreens } from '../features/anomaly/screens.ts';
import { complianceScreens } from '../features/compliance/screens.ts';
import { CommunicationsScreen } from '../features/communications/CommunicationsScreen.tsx';
import { ExercisesHome } from '../features/exercises/ExercisesHome.tsx';
import { FacilitatorConsole } from '../features/exercises/FacilitatorConsole.tsx';
import { ScenarioEditor } from '../features/exercises/ScenarioEditor.tsx';
import { HandoffScreen } from '../features/handoffs/HandoffScreen.tsx';
import { improvementScreens } from '../features/improvement/screens.ts';
import { IncidentView } from '../features/incidents/IncidentView.tsx';
import { onCallScreens } from '../features/oncall/screens.ts';
import { reviewScreens } from '../features/reviews/screens.ts';
import { ownershipScreens } from '../features/ownership/screens.ts';
import { SyncView } from '../features/sync/SyncView.tsx';
import type { RendererFeature } from './rendererFeature.ts';

/**
 * Every feature's screens, in one list: the router's shell routes and the
 * header's views come from it. A new feature with screens adds one line.
 * (On call declares its own in its folder; the others are declared here
 * over their existing files.)
 */
export const rendererFeatures: readonly RendererFeature[] = [
  {
    name: 'incidents',
    screens: [{ path: 'incidents/:incidentId', Component: IncidentView }],
  },
  {
    name: 'communications',
    screens: [{ path: 'incidents/:incidentId/communications', Component: CommunicationsScreen }],
  },
  {
    name: 'handoffs',
    screens: [{ path: 'incidents/:incidentId/handoff', Component: HandoffScreen }],
  },
  onCallScreens,
  alertScreens,
  improvementScreens,
  ownershipScreens,
  anomalyScreens,
  complianceScreens,
  {
    name: 'exercises',
    screens: [
      { path: 'exercises', Component: ExercisesHome },
      { path: 'exercises/scenarios/:scenarioId', Component: ScenarioEditor },
      { path: 'exercises/:exerciseId', Component: FacilitatorConsole },
    ],
    nav: [{ to: '/exercises', label: 'Exercises' }],
  },
  reviewScreens,
  {
    name: 'sync',
    screens: [{ path: 'sync', Component: SyncView }],
    nav: [{ to: '/sync', label: 'Sync' }],
  },
];

/** The header's views, in feature order. */
export const featureViewLinks = rendererFeatures.flatMap((feature) => feature.nav ?? []);
