import type { NodeFeature } from '../features/nodeFeature.ts';
import { exerciseOpenApiPaths } from '../http/exerciseOpenApi.ts';
import { registerExerciseRoutes } from '../http/exerciseRoutes.ts';
import { exerciseJob } from './exerciseScheduler.ts';

/** Exercises in the node: injects released on the exercise clock, and the HTTP routes. */
export const exercisesNodeFeature: NodeFeature = {
  name: 'exercises',
  legacyRoutes: { register: registerExerciseRoutes, openApiPaths: exerciseOpenApiPaths },
  schedulers: ({ database, execute, nodeId, clock, log }) => ({
    jobs: [exerciseJob({ database, execute, nodeId, clock, log })],
  }),
};
