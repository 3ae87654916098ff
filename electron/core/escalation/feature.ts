import type { NodeFeature } from '../features/nodeFeature.ts';
import { escalationRoutes } from '../http/escalationRoutes.ts';
import { escalationAutoStart } from '../scheduler/escalationAutoStart.ts';
import { escalationJob } from '../scheduler/escalationScheduler.ts';
import { leasedJob } from '../scheduling/leasedJob.ts';

/** Escalation in the node: start on declaration, advance on time, and its HTTP routes. */
export const escalationNodeFeature: NodeFeature = {
  name: 'escalation',
  routes: escalationRoutes,
  reactions: [escalationAutoStart],
  schedulers: ({ database, execute, nodeId, clock, log, workLease }) => ({
    jobs: [leasedJob(escalationJob({ database, execute, nodeId, clock, log }), workLease)],
  }),
};
