import type { NodeFeature } from '../features/nodeFeature.ts';
import { alertRoutes } from './alertRoutes.ts';

/** Alert intake in the node: its HTTP routes (the commands are in shared/alerts/feature.ts). */
export const alertsNodeFeature: NodeFeature = {
  name: 'alerts',
  routes: alertRoutes,
};
