import type { NodeFeature } from '../features/nodeFeature.ts';
import { communicationOpenApiPaths } from '../http/communicationOpenApi.ts';
import { registerCommunicationRoutes } from '../http/communicationRoutes.ts';
import { communicationJobs } from './nodeCommunications.ts';

/** Communications in the node: the outbox, cadences, and their HTTP routes. */
export const communicationsNodeFeature: NodeFeature = {
  name: 'communications',
  legacyRoutes: { register: registerCommunicationRoutes, openApiPaths: communicationOpenApiPaths },
  schedulers: communicationJobs,
};
