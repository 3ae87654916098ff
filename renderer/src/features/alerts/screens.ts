import type { RendererFeature } from '../../app/rendererFeature.ts';
import { AlertsScreen } from './AlertsScreen.tsx';
import { TriageQueue } from './TriageQueue.tsx';
import './alerts.css';

/** Alerts: the normalised alert list, integrations and refused requests. */
export const alertScreens: RendererFeature = {
  name: 'alerts',
  screens: [
    { path: 'alerts', Component: AlertsScreen },
    { path: 'alerts/triage', Component: TriageQueue },
  ],
  nav: [{ to: '/alerts', label: 'Alerts' }],
};
