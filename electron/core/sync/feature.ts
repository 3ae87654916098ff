import type { NodeFeature } from '../features/nodeFeature.ts';
import { syncRoutes } from '../http/syncRoutes.ts';

/** Peer sync's HTTP routes (status, join code, digest); the service itself is part of the node. */
export const syncNodeFeature: NodeFeature = {
  name: 'sync',
  routes: syncRoutes,
};
