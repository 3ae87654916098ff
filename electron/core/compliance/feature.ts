import type { NodeFeature } from '../features/nodeFeature.ts';
import { obligationRoutes } from './obligationRoutes.ts';

/** Compliance in the node: the obligations API (the clocks are computed in shared/compliance). */
export const complianceNodeFeature: NodeFeature = {
  name: 'compliance',
  routes: obligationRoutes,
};
