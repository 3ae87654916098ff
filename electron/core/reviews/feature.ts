import type { NodeFeature } from '../features/nodeFeature.ts';
import { reviewRoutes } from './reviewRoutes.ts';

/** Post-incident reviews in the node: reviews, the action item tracker and knowledge search over HTTP. */
export const reviewsNodeFeature: NodeFeature = {
  name: 'reviews',
  routes: reviewRoutes,
};
