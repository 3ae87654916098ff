import type { z } from 'zod';
import { randomUUID } from 'node:crypto';
import type {
  Actor,
  CommandContext,
  CommandReads,
  DocumentWrite,
} from '../../../shared/commands/command.ts';
import { CommandError } from '../../../shared/commands/errors.ts';
import { authoriseCommand } from '../../../shared/access/authorise.ts';
import { auditedInput } from '../audit/auditedInput.ts';
import { commands, isCommandName } from '../../../shared/commands/registry.ts';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { isMutableKind } from '../../../shared/store/kinds.ts';
import type { KindWrite } from '../../../shared/store/kindWrites.ts';
import type { AuditEntryDoc } from '../../../shared/schema/auditEntry.ts';
import { latestClock, stampFieldClocks } from '../../../shared/sync/fieldClocks.ts';
import { mergeRuleFor } from '../../../shared/sync/mergeRules.ts';
import { decodeHlc, HlcError, type HybridLogicalClock } from '../../../shared/time/hlc.ts';
import type { AuditLog } from '../audit/auditLog.ts';
import { CommandStore, type StoredVersions } from './commandStore.ts';
import { storedDocument } from '../../../shared/store/kindStore.ts';
import { assertWritesValid } from './writeValidation.ts';

/** Points in one command's write path; a test hook can stop the process at each. */
export type CommandStep = 'planned' | 'documents-written' | 'audit-written';

export interface CommandRunnerDeps {
  database: LanternDatabase;
  nodeId: string;
  clock: HybridLogicalClock;
  audit: AuditLog;
  now?: () => Date;
  onWriteStep?: (step: CommandStep) => void;
}

/** A command whose writes and audit entry are stored (not yet committed). */
export interface CommandRun {
  result: unknown;
  entry: AuditEntryDoc;
}

/** How far ahead of this node's wall clock a peer's clock may be and still be followed. */
export const MAX_CLOCK_LEAD_MS = 60 * 60 * 1000;

/**
 * One command, start to finish: validate, authorise, plan, check, stamp
 * clocks, write the documents, write the audit entry. Reads and writes go
 * through the storage (CommandStore), so inside a write batch the plan sees
 * what earlier commands of the same group wrote.
 */
export class CommandRunner {
  private readonly deps: CommandRunnerDeps;
  private readonly store: CommandStore;

  constructor(deps: CommandRunnerDeps) {
    this.deps = deps;
    this.store = new CommandStore(deps.database, (fieldClocks, hlc) => {
      const clock = latestClock({ fieldClocks, hlc });
      if (clock) this.observeClock(clock);
    });
  }

  async run(name: string, rawInput: unknown, actor: Actor): Promise<CommandRun> {
    if (!isCommandName(name))
      throw new CommandError('unknown-command', `There is no command called "${name}"`);
    const definition = commands[name];
    const context = this.context(actor);
    // Who may comes first: someone who may not learns nothing from the input's validation.
    await authoriseCommand(this.reads(), definition, actor, context.now);
    const input = parseOrInvalid(
      definition.input as z.ZodType,
      rawInput === undefined ? {} : rawInput,
    );
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- input type is tied to `name` at the registry
    const outcome = await definition.plan(this.reads(), input as any, context);
    assertWritesValid(outcome.writes);
    // Append-only documents are new by definition: the storage refuses an existing id (store.write).
    const previous = await this.store.previousVersions(
      outcome.writes.filter((write) => isMutableKind(write.kind)),
    );
    const stamped = this.stampFieldClocks(outcome.writes, previous);
    this.deps.onWriteStep?.('planned');
    const documentHashes = await this.store.write(stamped, previous);
    this.deps.onWriteStep?.('documents-written');
    const entry = await this.deps.audit.seal({
      at: context.now.toISOString(),
      hlc: context.nextHlc(),
      actorId: `${actor.kind}:${actor.id}`,
      command: name,
      input: auditedInput(definition, input, actor),
      documentIds: outcome.writes.map((w) => `${w.kind}/${w.document.id}`),
      documentHashes,
    });
    await this.store.write([{ kind: 'audit', document: entry }], new Map());
    this.deps.onWriteStep?.('audit-written');
    return { result: outcome.result, entry };
  }

  /**
   * Reads for the plan. Every document read moves the clock past the clocks
   * it carries (written here or by a peer; the store's observer), so what
   * this command writes sorts after what it saw even when the peer's wall
   * clock runs ahead.
   */
  private reads(): CommandReads {
    return {
      get: (kind, id) => this.store.get(kind, id),
      find: (kind, selector) => this.store.find(kind, { selector } as never),
    };
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

  private context(actor: Actor): CommandContext {
    return {
      actor,
      nodeId: this.deps.nodeId,
      now: this.deps.now?.() ?? new Date(),
      nextHlc: () => this.deps.clock.tick(),
      newId: (prefix) => `${prefix}-${randomUUID()}`,
    };
  }

  /**
   * Peer sync merges mutable documents field by field: every field this
   * command changes gets one fresh clock, after the clocks the stored
   * versions carry. Generic, so every mutable kind gets it.
   */
  private stampFieldClocks(writes: DocumentWrite[], previous: StoredVersions): KindWrite[] {
    const stored = writes.map((write) => {
      if (!isMutableKind(write.kind)) return undefined;
      const found = previous.get(`${write.kind}/${write.document.id}`);
      return found && !found._deleted ? storedDocument(write.kind, found) : undefined;
    });
    for (const found of stored) {
      const clock = found ? latestClock({ fieldClocks: found.fieldClocks }) : undefined;
      if (clock) this.observeClock(clock);
    }
    const stamp = writes.some((write) => isMutableKind(write.kind)) ? this.deps.clock.tick() : '';
    return writes.map((write, index) => {
      const document = write.document as Record<string, unknown>;
      if (!isMutableKind(write.kind)) return { kind: write.kind, document };
      const found = stored[index];
      const prior = found
        ? { ...(found.document as Record<string, unknown>), fieldClocks: found.fieldClocks }
        : undefined;
      return {
        kind: write.kind,
        document,
        fieldClocks: stampFieldClocks(prior, document, stamp, 'id', mergeRuleFor(write.kind)),
      };
    });
  }
}
