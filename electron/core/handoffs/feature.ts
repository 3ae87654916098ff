import type { NodeFeature } from '../features/nodeFeature.ts';
import { handoffRoutes } from '../http/handoffRoutes.ts';
import { handoffReminderJob } from './handoffReminderScheduler.ts';

/** Handoffs in the node: reminders before a shift ends, briefs and their exports over HTTP. */
export const handoffsNodeFeature: NodeFeature = {
  name: 'handoffs',
  routes: handoffRoutes,
  schedulers: ({ database, execute, events, clock, log, leads }) => ({
    jobs: [
      handoffReminderJob({ database, execute, events, clock, log, ...(leads ? { leads } : {}) }),
    ],
  }),
};
