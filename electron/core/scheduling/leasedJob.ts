import type { ScheduledJob } from '../scheduler/scheduler.ts';

/** What a job that runs this node's own work asks before each pass. */
export interface OwnWorkGate {
  mayRunOwnWork(): boolean;
}

/**
 * A job that runs work this node owns (escalation steps, exercise
 * releases, the outbox), run only while the node holds its scheduler
 * lease and is not catching up after a lapse; it wakes again when a lease
 * changes. Without peer sync there is no lease and the job runs as is.
 */
export function leasedJob(job: ScheduledJob, lease: OwnWorkGate | undefined): ScheduledJob {
  if (!lease) return job;
  return {
    ...job,
    wakeOn: [...job.wakeOn, 'schedulerLeases'],
    pass: (running) => (lease.mayRunOwnWork() ? job.pass(running) : Promise.resolve(undefined)),
  };
}
