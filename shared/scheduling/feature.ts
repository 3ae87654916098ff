import { defineSharedFeature } from '../feature.ts';
import { renewSchedulerLease } from './renewSchedulerLease.ts';
import { takeOverScheduledWork } from './takeOverScheduledWork.ts';

/** Scheduling: which node runs scheduled work, and the takeover when a node is lost. */
export const schedulingFeature = defineSharedFeature({
  name: 'scheduling',
  commands: { renewSchedulerLease, takeOverScheduledWork },
});
