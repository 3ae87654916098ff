import type { NodeFeature } from '../features/nodeFeature.ts';
import { pagingInboundRoutes } from './pagingInboundRoutes.ts';

/**
 * Paging in the node: the routes providers and people call back to
 * acknowledge a page. Pages go out through the communications outbox.
 */
export const pagingNodeFeature: NodeFeature = {
  name: 'paging',
  routes: pagingInboundRoutes,
};
