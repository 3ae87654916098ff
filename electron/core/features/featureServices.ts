import type { CheckpointFile } from '../reactions/checkpointFile.ts';
import type { CommittedCommands } from '../reactions/committedCommands.ts';
import type { ChangeFeed } from '../reactions/changeFeed.ts';
import { ReactionRunner } from '../reactions/reactionRunner.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import type { NodeFeature, NodeRuntime } from './nodeFeature.ts';

export interface FeatureServicesOptions {
  features: readonly NodeFeature[];
  runtime: NodeRuntime;
  committed: CommittedCommands;
  changes: ChangeFeed;
  checkpoints: Pick<CheckpointFile, 'read' | 'write'>;
  maxWaitMs?: number;
}

/**
 * The features' reactions and timed jobs, running: one reaction runner on
 * the committed-command stream, one `Scheduler` per job.
 */
export function featureServices(options: FeatureServicesOptions) {
  const { runtime } = options;
  const runner = new ReactionRunner({
    reactions: options.features.flatMap((feature) => feature.reactions ?? []),
    checkpoints: options.checkpoints,
    context: {
      database: runtime.database,
      execute: runtime.execute,
      nodeId: runtime.nodeId,
      clock: runtime.clock,
      log: runtime.log,
    },
  });
  const unsubscribe = options.committed.subscribe(runner.offer);
  const parts = options.features.map((feature) => feature.schedulers?.(runtime) ?? { jobs: [] });
  const schedulers = parts.flatMap((part) =>
    part.jobs.map(
      (job) =>
        new Scheduler(job, {
          changes: options.changes,
          clock: runtime.clock,
          log: runtime.log,
          ...(options.maxWaitMs ? { maxWaitMs: options.maxWaitMs } : {}),
        }),
    ),
  );
  return {
    runner,
    schedulers,
    /** The scheduler running a job, by the job's name (the host wakes the outbox). */
    scheduler(name: string): Scheduler | undefined {
      return schedulers.find((scheduler) => scheduler.job.name === name);
    },
    async start(): Promise<void> {
      await runner.start();
      for (const scheduler of schedulers) await scheduler.start();
    },
    /** Reactions and passes in hand finished (tests wait on this instead of on time). */
    async idle(): Promise<void> {
      await runner.idle();
      await Promise.all(schedulers.map((scheduler) => scheduler.idle()));
      await runner.idle();
    },
    async stop(): Promise<void> {
      for (const scheduler of schedulers) await scheduler.stop();
      unsubscribe();
      await runner.stop();
      for (const part of parts) part.close?.();
    },
  };
}

export type FeatureServices = ReturnType<typeof featureServices>;
