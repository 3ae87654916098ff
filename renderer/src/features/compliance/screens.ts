import type { RendererFeature } from '../../app/rendererFeature.ts';
import { ObligationsScreen } from './ObligationsScreen.tsx';
import './compliance.css';

/** Compliance: an incident's regulatory obligations and their clocks. */
export const complianceScreens: RendererFeature = {
  name: 'compliance',
  screens: [{ path: 'incidents/:incidentId/obligations', Component: ObligationsScreen }],
};
