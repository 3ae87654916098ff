import type { NodeFeature } from '../features/nodeFeature.ts';
import { catalogRoutes } from './catalogRoutes.ts';
import { vendorRoutes } from './vendorRoutes.ts';

/** Service ownership in the node: the catalogue's and the vendors' HTTP routes (commands in shared/ownership/feature.ts). */
export const ownershipNodeFeature: NodeFeature = {
  name: 'ownership',
  routes: [...catalogRoutes, ...vendorRoutes],
};
