import type { Actor } from '../../../shared/commands/command.ts';
import type { CommandName, CommandResult } from '../../../shared/commands/registry.ts';
import type { AuditEntryDoc } from '../../../shared/schema/auditEntry.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { HybridLogicalClock } from '../../../shared/time/hlc.ts';
import type { AuditLog } from '../audit/auditLog.ts';
import { CommandRunner, type CommandRun, type CommandStep } from './commandRunner.ts';

export { MAX_CLOCK_LEAD_MS } from './commandRunner.ts';

/** Runs `work` as one transaction; a call inside another is a savepoint of it. */
export type WriteBatchRunner = <T>(work: () => Promise<T>) => Promise<T>;

/** Points in the write path a test hook can stop the process at. */
export type WriteStep = CommandStep | 'before-commit' | 'after-commit';

export interface CommandExecutorDeps {
  database: LanternDatabase;
  nodeId: string;
  clock: HybridLogicalClock;
  audit: AuditLog;
  now?: () => Date;
  /**
   * The storage's write batch (`RxStorageSqlite.runInWriteBatch` for the
   * node's database). Without one (RxDB's memory storage in unit tests)
   * commands still run in groups, but nothing is undone if a command fails
   * after its first write, and there is nothing on disk to keep consistent.
   */
  writeBatch?: WriteBatchRunner;
  /**
   * Called once a command's documents and audit entry are durable, in commit
   * order: the committed-command stream reactions and schedulers follow.
   */
  onCommitted?: (entry: AuditEntryDoc) => void;
  /** Test hook: the crash test stops the process at these points. */
  onWriteStep?: (step: WriteStep) => void;
}

/** The most commands one transaction holds, so a burst still commits in bounded steps. */
export const MAX_COMMANDS_PER_COMMIT = 128;

type QueuedCommand = {
  name: string;
  rawInput: unknown;
  actor: Actor;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
};

const withoutTransaction: WriteBatchRunner = (work) => work();

/**
 * The node's one writer path, with group commit. Commands run one at a
 * time, each planned on the state the previous one left. Commands queued
 * while a group runs join it: the group is one SQLite transaction, each
 * command in its own savepoint, so a failing command rolls back alone
 * (documents and audit entry together) and the others commit with one
 * fsync. Every caller hears back only after that COMMIT.
 */
export class CommandExecutor {
  private readonly deps: CommandExecutorDeps;
  private readonly runner: CommandRunner;
  private readonly writeBatch: WriteBatchRunner;
  private readonly pending: QueuedCommand[] = [];
  private draining = false;

  constructor(deps: CommandExecutorDeps) {
    this.deps = deps;
    this.writeBatch = deps.writeBatch ?? withoutTransaction;
    this.runner = new CommandRunner({
      database: deps.database,
      nodeId: deps.nodeId,
      clock: deps.clock,
      audit: deps.audit,
      ...(deps.now ? { now: deps.now } : {}),
      ...(deps.onWriteStep ? { onWriteStep: deps.onWriteStep } : {}),
    });
  }

  execute<K extends CommandName>(
    name: K,
    rawInput: unknown,
    actor: Actor,
  ): Promise<CommandResult<K>>;
  execute(name: string, rawInput: unknown, actor: Actor): Promise<unknown>;
  execute(name: string, rawInput: unknown, actor: Actor): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.pending.push({ name, rawInput, actor, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        void this.drain();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) await this.runGroup();
    } finally {
      this.draining = false;
    }
  }

  private async runGroup(): Promise<void> {
    const kept: { command: QueuedCommand; run: CommandRun }[] = [];
    try {
      await this.writeBatch(async () => {
        for (let command = this.pending.shift(); command; command = this.pending.shift()) {
          const run = await this.runInSavepoint(command);
          if (run) kept.push({ command, run });
          if (kept.length >= MAX_COMMANDS_PER_COMMIT) break;
        }
        this.deps.onWriteStep?.('before-commit');
      });
    } catch (error) {
      // The COMMIT failed: nothing of the group is stored, the chain head is where it was.
      this.deps.audit.forgetHead();
      for (const { command } of kept) command.reject(error);
      return;
    }
    this.deps.onWriteStep?.('after-commit');
    for (const { command, run } of kept) {
      this.deps.onCommitted?.(run.entry);
      command.resolve(run.result);
    }
  }

  /** One command in its own savepoint; a failure rolls back its writes and is its caller's alone. */
  private async runInSavepoint(command: QueuedCommand): Promise<CommandRun | undefined> {
    try {
      const run = await this.writeBatch(() =>
        this.runner.run(command.name, command.rawInput, command.actor),
      );
      this.deps.audit.advance(run.entry);
      return run;
    } catch (error) {
      command.reject(error);
      return undefined;
    }
  }
}
