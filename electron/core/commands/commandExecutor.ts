import type { z } from 'zod';
import { randomUUID } from 'node:crypto';
import type {
  Actor,
  CommandContext,
  CommandReads,
  DocumentWrite,
} from '../../../shared/commands/command.ts';
import { CommandError, forbidden } from '../../../shared/commands/errors.ts';
import {
  commands,
  isCommandName,
  type CommandName,
  type CommandResult,
} from '../../../shared/commands/registry.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { kindStore, type KindStore } from '../../../shared/store/kindStore.ts';
import { isMutableKind } from '../../../shared/store/kinds.ts';
import { storeKindWrites, type KindWrite } from '../../../shared/store/kindWrites.ts';
import { latestClock, stampFieldClocks } from '../../../shared/sync/fieldClocks.ts';
import { mergeRuleFor } from '../../../shared/sync/mergeRules.ts';
import { decodeHlc, HlcError, type HybridLogicalClock } from '../../../shared/time/hlc.ts';
import type { AuditEntryDoc } from '../../../shared/schema/auditEntry.ts';
import type { AuditLog } from '../audit/auditLog.ts';
import { databaseReads } from './databaseReads.ts';
import { assertWritesValid } from './writeValidation.ts';

export interface CommandExecutorDeps {
  database: LanternDatabase;
  nodeId: string;
  clock: HybridLogicalClock;
  audit: AuditLog;
  now?: () => Date;
  /**
   * Called once a command's documents and audit entry are durable, in commit
   * order: the committed-command stream reactions and schedulers follow.
   */
  onCommitted?: (entry: AuditEntryDoc) => void;
}

/** How far ahead of this node's wall clock a peer's clock may be and still be followed. */
export const MAX_CLOCK_LEAD_MS = 60 * 60 * 1000;

/**
 * The node's one writer path: validate, authorise, plan, check, write, audit.
 * Commands run one at a time so each plan reads the state the previous left.
 */
export class CommandExecutor {
  private readonly deps: CommandExecutorDeps;
  private readonly store: KindStore;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(deps: CommandExecutorDeps) {
    this.deps = deps;
    this.store = kindStore(deps.database);
  }

  execute<K extends CommandName>(
    name: K,
    rawInput: unknown,
    actor: Actor,
  ): Promise<CommandResult<K>>;
  execute(name: string, rawInput: unknown, actor: Actor): Promise<unknown>;
  execute(name: string, rawInput: unknown, actor: Actor): Promise<unknown> {
    const run = this.queue.then(() => this.run(name, rawInput, actor));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(name: string, rawInput: unknown, actor: Actor): Promise<unknown> {
    if (!isCommandName(name))
      throw new CommandError('unknown-command', `There is no command called "${name}"`);
    const definition = commands[name];
    const input = parseOrInvalid(
      definition.input as z.ZodType,
      rawInput === undefined ? {} : rawInput,
    );
    await this.authorise(definition.permission, actor);
    const context = this.context(actor);
    const reads = this.observingReads();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- input type is tied to `name` at the registry
    const outcome = await definition.plan(reads, input as any, context);
    assertWritesValid(outcome.writes);
    await this.assertAppendOnly(outcome.writes);
    const stamped = await this.stampFieldClocks(outcome.writes);
    await storeKindWrites(this.deps.database, stamped);
    const entry = await this.deps.audit.append({
      at: context.now.toISOString(),
      hlc: context.nextHlc(),
      actorId: `${actor.kind}:${actor.id}`,
      command: name,
      input: input as Record<string, unknown>,
      documentIds: outcome.writes.map((w) => `${w.kind}/${w.document.id}`),
    });
    this.deps.onCommitted?.(entry);
    return outcome.result;
  }

  /**
   * Reads for the plan. Every document read moves the clock past the clocks
   * it carries (written here or by a peer), so what this command writes sorts
   * after what it saw even when the peer's wall clock runs ahead.
   */
  private observingReads(): CommandReads {
    return databaseReads(this.deps.database, (fieldClocks, hlc) => {
      const clock = latestClock({ fieldClocks, hlc });
      if (clock) this.observeClock(clock);
    });
  }

  /**
   * Move the clock past a stored clock. Values that are not clocks (old test
   * data) or lie more than an hour ahead of this node's wall clock (a broken
   * peer) are not followed, so one bad peer cannot drag every clock forward.
   */
  private observeClock(clock: string): void {
    try {
      const { wallMs } = decodeHlc(clock);
      const now = this.deps.now?.().getTime() ?? Date.now();
      if (wallMs - now > MAX_CLOCK_LEAD_MS) return;
      this.deps.clock.receive(clock);
    } catch (error) {
      if (!(error instanceof HlcError)) throw error;
    }
  }

  private async authorise(permission: 'bootstrap' | 'person', actor: Actor): Promise<void> {
    if (permission === 'bootstrap') return;
    if (!(await this.store.findOne('workspaces'))) {
      throw new CommandError(
        'conflict',
        'This node has no workspace yet: create one or load the demo organisation first',
      );
    }
    if (actor.kind !== 'person') return;
    const person = await this.store.get('people', actor.id);
    if (!person)
      throw forbidden(`Unknown person "${actor.id}": choose or create your profile first`);
  }

  private context(actor: Actor): CommandContext {
    return {
      actor,
      nodeId: this.deps.nodeId,
      now: this.deps.now?.() ?? new Date(),
      nextHlc: () => this.deps.clock.tick(),
      newId: (prefix) => `${prefix}-${randomUUID()}`,
    };
  }

  private async assertAppendOnly(writes: DocumentWrite[]): Promise<void> {
    for (const write of writes) {
      if (isMutableKind(write.kind)) continue;
      if (await this.store.get(write.kind, write.document.id))
        throw new CommandError(
          'conflict',
          `${write.kind} entries are append-only; "${write.document.id}" exists`,
        );
    }
  }

  /**
   * Peer sync merges mutable documents field by field: every field this
   * command changes gets one fresh clock, after the clocks the stored
   * versions carry. Generic, so every mutable kind gets it.
   */
  private async stampFieldClocks(writes: DocumentWrite[]): Promise<KindWrite[]> {
    const previous = await Promise.all(
      writes.map((write) =>
        isMutableKind(write.kind) ? this.store.getStored(write.kind, write.document.id) : undefined,
      ),
    );
    for (const stored of previous) {
      const clock = stored ? latestClock({ fieldClocks: stored.fieldClocks }) : undefined;
      if (clock) this.observeClock(clock);
    }
    const stamp = writes.some((write) => isMutableKind(write.kind)) ? this.deps.clock.tick() : '';
    return writes.map((write, index) => {
      const document = write.document as Record<string, unknown>;
      if (!isMutableKind(write.kind)) return { kind: write.kind, document };
      const stored = previous[index];
      const prior = stored
        ? { ...(stored.document as Record<string, unknown>), fieldClocks: stored.fieldClocks }
        : undefined;
      return {
        kind: write.kind,
        document,
        fieldClocks: stampFieldClocks(prior, document, stamp, 'id', mergeRuleFor(write.kind)),
      };
    });
  }
}
