import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { ChannelConfigInput } from '../communications/channelConfig.ts';
import type { RouteDefinition } from '../http/routeDefinition.ts';
import type { ExecuteCommand, NodeEvents } from '../notifications/nodeEvents.ts';
import type { Reaction } from '../reactions/reaction.ts';
import type { ScheduledJob } from '../scheduler/scheduler.ts';
import type { SchedulerClock } from '../scheduler/schedulerClock.ts';
import type { WorkLease } from '../scheduling/workLease.ts';

/** What a feature's node part is given when the node starts. */
export interface NodeRuntime {
  database: LanternDatabase;
  /** The node's execute (pages announced): every effect is a command. */
  execute: ExecuteCommand;
  nodeId: string;
  dataDir: string;
  events: NodeEvents;
  clock: SchedulerClock;
  log: (message: string) => void;
  /** With peers: whether this node leads the ones it can reach (one of them gives reminders). */
  leads?: () => boolean;
  /** Outbox channels from the node's options (merged over <data>/communications.json). */
  communications?: ChannelConfigInput;
  /** With peers: this node's scheduler lease; jobs that run owned work pass only while it holds. */
  workLease?: WorkLease;
}

/** A feature's timed jobs, and what to release when the node stops (open channels). */
export interface FeatureJobs {
  jobs: ScheduledJob[];
  close?(): void;
}

/**
 * A feature's part in the node: HTTP routes (served and documented from one
 * definition), reactions to committed commands, and timed jobs. The node
 * and its HTTP API are assembled from `electron/core/features.ts`.
 */
export interface NodeFeature {
  name: string;
  routes?: readonly RouteDefinition[];
  reactions?: readonly Reaction[];
  schedulers?(runtime: NodeRuntime): FeatureJobs;
}
