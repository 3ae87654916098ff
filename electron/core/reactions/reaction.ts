import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { ExecuteCommand } from '../notifications/nodeEvents.ts';
import type { SchedulerClock } from '../scheduler/schedulerClock.ts';
import type { CommittedCommand } from './committedCommands.ts';

/** What a reaction may use: reads, and commands for anything it changes. */
export interface ReactionContext {
  database: LanternDatabase;
  /** The node's execute: a reaction's effects are commands, audited like any other. */
  execute: ExecuteCommand;
  nodeId: string;
  clock: SchedulerClock;
  log: (message: string) => void;
}

/**
 * Work that follows committed commands. The runner hands each reaction the
 * commands it names, in commit order, at least once: after a crash it
 * replays from the reaction's checkpoint, so `react` must be idempotent
 * (check the state before acting, as every reaction here does).
 */
export interface Reaction {
  /** Stable: the checkpoint is stored under it. */
  name: string;
  /** The commands this reaction follows. */
  commands: readonly string[];
  react(command: CommittedCommand, context: ReactionContext): Promise<void>;
}

export function defineReaction(reaction: Reaction): Reaction {
  return reaction;
}
