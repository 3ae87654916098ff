import type { NodeFeature } from '../features/nodeFeature.ts';
import { rotationRoutes } from './rotationRoutes.ts';

/** On call in the node: its HTTP routes (the commands are in shared/oncall/feature.ts). */
export const onCallNodeFeature: NodeFeature = {
  name: 'oncall',
  routes: rotationRoutes,
};
