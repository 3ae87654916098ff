import type { NodeFeature } from '../features/nodeFeature.ts';
import { communicationMessageRoutes } from '../http/communicationMessageRoutes.ts';
import { communicationRoutes } from '../http/communicationRoutes.ts';
import { communicationJobs } from './nodeCommunications.ts';

/** Communications in the node: the outbox, cadences, and their HTTP routes. */
export const communicationsNodeFeature: NodeFeature = {
  name: 'communications',
  routes: [...communicationRoutes, ...communicationMessageRoutes],
  schedulers: communicationJobs,
};
