import type { NodeFeature } from '../features/nodeFeature.ts';
import { metricsRoutes } from './metricsRoutes.ts';

/** Continuous improvement in the node: the metrics API (the numbers are computed in shared/improvement). */
export const improvementNodeFeature: NodeFeature = {
  name: 'improvement',
  routes: metricsRoutes,
};
