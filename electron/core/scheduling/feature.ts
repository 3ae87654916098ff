import type { NodeFeature } from '../features/nodeFeature.ts';

/**
 * Scheduling in the node: the scheduler lease's own job (renew, catch up
 * after a lapse, take over lost peers' work). Runs only with peer sync.
 */
export const schedulingNodeFeature: NodeFeature = {
  name: 'scheduling',
  schedulers: ({ workLease }) => ({ jobs: workLease ? [workLease.job] : [] }),
};
