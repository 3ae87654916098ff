import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { CheckpointFile, Checkpoints } from './checkpointFile.ts';
import { committedFromAudit, type CommittedCommand } from './committedCommands.ts';
import type { Reaction, ReactionContext } from './reaction.ts';

export interface ReactionRunnerOptions {
  reactions: readonly Reaction[];
  context: ReactionContext;
  checkpoints: Pick<CheckpointFile, 'read' | 'write'>;
  /** Audit entries read per query while catching up. */
  pageSize?: number;
  /** Commands passed over (no reaction follows them) before the checkpoints are written anyway. */
  persistEvery?: number;
}

/**
 * Runs reactions on this node's committed commands, in commit order. Live
 * commands arrive through `offer` (subscribed to the executor's stream);
 * whatever the runner has not seen (before start, after a crash, or a gap)
 * it reads back from the audit chain, which is the durable record of every
 * commit. Each reaction's checkpoint is written after its effect, so a
 * crash repeats at most the last effect, which reactions tolerate.
 */
export class ReactionRunner {
  private readonly options: Required<ReactionRunnerOptions>;
  private checkpoints: Checkpoints = {};
  /** Highest seq every reaction has been offered. */
  private processed = 0;
  private readonly pending: CommittedCommand[] = [];
  private work: Promise<void> = Promise.resolve();
  private running = false;
  private passedOver = 0;
  private dirty = false;

  constructor(options: ReactionRunnerOptions) {
    this.options = { pageSize: 200, persistEvery: 500, ...options };
  }

  /** Load the checkpoints and catch up on everything committed after them. */
  async start(): Promise<void> {
    if (this.running) return;
    this.checkpoints = this.options.checkpoints.read();
    const seqs = this.options.reactions.map((r) => this.checkpoints[r.name] ?? 0);
    this.processed = seqs.length > 0 ? Math.min(...seqs) : Number.MAX_SAFE_INTEGER;
    this.running = true;
    this.kick(true);
    await this.idle();
  }

  /** Finish the work in hand and write the checkpoints. */
  async stop(): Promise<void> {
    this.running = false;
    await this.idle();
    this.persist();
  }

  /** The committed-command listener. */
  readonly offer = (command: CommittedCommand): void => {
    if (!this.running || this.options.reactions.length === 0) return;
    this.pending.push(command);
    this.kick(false);
  };

  /** Resolves once nothing is queued (tests and shutdown). */
  async idle(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.work) {
      seen = this.work;
      await seen;
    }
  }

  private kick(catchUp: boolean): void {
    this.work = this.work
      .then(() => (catchUp ? this.catchUp() : this.drain()))
      .catch((error: unknown) =>
        this.options.context.log(`reactions: ${(error as Error).message}`),
      );
  }

  private async drain(): Promise<void> {
    while (this.running) {
      const next = this.pending.shift();
      if (!next) return;
      if (next.seq <= this.processed) continue;
      // A gap (commands committed while the runner was not listening): the audit chain has them.
      if (next.seq > this.processed + 1) await this.catchUp(next.seq - 1);
      await this.deliver(next);
    }
  }

  /** Offer every audit entry after `processed` (up to `untilSeq`) from the chain. */
  private async catchUp(untilSeq = Number.MAX_SAFE_INTEGER): Promise<void> {
    const { database, nodeId } = this.options.context;
    while (this.running && this.processed < untilSeq) {
      const entries = await auditAfter(database, nodeId, this.processed, this.options.pageSize);
      const wanted = entries.filter((entry) => entry.seq <= untilSeq);
      for (const entry of wanted) await this.deliver(committedFromAudit(entry));
      if (wanted.length < this.options.pageSize) break;
    }
    this.persist();
  }

  private async deliver(command: CommittedCommand): Promise<void> {
    let reacted = false;
    for (const reaction of this.options.reactions) {
      if ((this.checkpoints[reaction.name] ?? 0) >= command.seq) continue;
      if (reaction.commands.includes(command.name)) {
        reacted = true;
        await reaction.react(command, this.options.context).catch((error: unknown) =>
          // A failing reaction is reported and passed: it must not hold up every later command.
          this.options.context.log(
            `reaction ${reaction.name} to ${command.name} #${command.seq}: ${(error as Error).message}`,
          ),
        );
      }
      this.checkpoints[reaction.name] = command.seq;
      this.dirty = true;
    }
    this.processed = command.seq;
    this.passedOver = reacted ? 0 : this.passedOver + 1;
    if (reacted || this.passedOver >= this.options.persistEvery) this.persist();
  }

  private persist(): void {
    if (!this.dirty) return;
    this.options.checkpoints.write(this.checkpoints);
    this.dirty = false;
    this.passedOver = 0;
  }
}

async function auditAfter(
  database: LanternDatabase,
  nodeId: string,
  afterSeq: number,
  limit: number,
) {
  const docs = await database.audit
    .find({
      selector: { nodeId, seq: { $gt: afterSeq } },
      sort: [{ nodeId: 'asc' }, { seq: 'asc' }],
      limit,
    })
    .exec();
  return docs.map((doc) => doc.toMutableJSON());
}
