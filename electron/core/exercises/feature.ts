import type { NodeFeature } from '../features/nodeFeature.ts';
import { exerciseRoutes } from '../http/exerciseRoutes.ts';
import { scenarioRoutes } from '../http/scenarioRoutes.ts';
import { leasedJob } from '../scheduling/leasedJob.ts';
import { exerciseJob } from './exerciseScheduler.ts';

/** Exercises in the node: injects released on the exercise clock, the library and runs over HTTP. */
export const exercisesNodeFeature: NodeFeature = {
  name: 'exercises',
  routes: [...scenarioRoutes, ...exerciseRoutes],
  schedulers: ({ database, execute, nodeId, clock, log, workLease }) => ({
    jobs: [leasedJob(exerciseJob({ database, execute, nodeId, clock, log }), workLease)],
  }),
};
