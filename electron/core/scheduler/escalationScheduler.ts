import type { Subscription } from 'rxjs';
import type { Actor } from '../../../shared/commands/command.ts';
import type { LanternDatabase } from '../../../shared/schema/collections.ts';
import type { ExecuteCommand } from '../notifications/nodeEvents.ts';
import { decodeHlc } from '../../../shared/time/hlc.ts';
import { systemClock, type SchedulerClock } from './schedulerClock.ts';

export const SCHEDULER_ACTOR: Actor = { kind: 'system', id: 'escalation-scheduler' };

export interface EscalationSchedulerOptions {
  database: LanternDatabase;
  /** The node's execute: every step is a command, never a direct write. */
  execute: ExecuteCommand;
  clock?: SchedulerClock;
  log?: (message: string) => void;
  /** Longest single wait, so a laptop waking from sleep or a clock change is noticed soon. */
  maxWaitMs?: number;
  /** How long to leave an escalation whose step failed before trying it again. */
  retryAfterMs?: number;
  /**
   * This node's id. With peer sync every node holds every escalation; only
   * the node that started one advances it (an acknowledgement from any peer
   * still stops it, because it changes the shared status). Absent: run all.
   */
  nodeId?: string;
}

/** The node that runs an escalation: the one that started it, or (older records) its last writer. */
export function escalationOwner(escalation: {
  ownerNodeId?: string;
  hlc: string;
}): string | undefined {
  if (escalation.ownerNodeId) return escalation.ownerNodeId;
  try {
    return decodeHlc(escalation.hlc).nodeId;
  } catch {
    return undefined;
  }
}

/**
 * Runs escalations on time: one timer for the earliest `nextDueAt` of the
 * active escalations, re-armed whenever the collection changes. When a
 * timer fires, or at start for whatever fell due while the node was down,
 * it executes `advanceEscalation`, which writes exactly the missed steps.
 */
export class EscalationScheduler {
  private readonly options: Required<Omit<EscalationSchedulerOptions, 'clock' | 'nodeId'>> & {
    clock: SchedulerClock;
    nodeId?: string;
  };
  private timer: unknown;
  private subscription: Subscription | undefined;
  private pass: Promise<void> = Promise.resolve();
  private queued = false;
  private running = false;
  private readonly failedUntil = new Map<string, number>();

  constructor(options: EscalationSchedulerOptions) {
    this.options = {
      clock: systemClock,
      log: () => undefined,
      maxWaitMs: 60_000,
      retryAfterMs: 30_000,
      ...options,
    };
  }

  /** Subscribe to changes and take every overdue step now; resolves when that catch-up is done. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.subscription = this.options.database.escalations.$.subscribe(() => this.wake());
    this.wake();
    await this.idle();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.subscription?.unsubscribe();
    this.disarm();
    await this.idle();
  }

  /** Resolves once no pass is running or queued (tests wait on this instead of on time). */
  async idle(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.pass) {
      seen = this.pass;
      await seen;
    }
  }

  /** Queue a pass: run what is due, then arm the timer for the next. */
  private wake(): void {
    if (!this.running || this.queued) return;
    this.queued = true;
    this.pass = this.pass
      .then(() => {
        this.queued = false;
        return this.runPass();
      })
      .catch((error: unknown) =>
        this.options.log(`escalation scheduler: ${(error as Error).message}`),
      );
  }

  private async runPass(): Promise<void> {
    if (!this.running) return;
    this.disarm();
    await this.runDue();
    if (this.running) await this.arm();
  }

  private async activeEscalations(selector: Record<string, unknown> = {}) {
    const active = await this.options.database.escalations
      .find({
        selector: { status: 'active', nextDueAt: { $gt: '', ...selector } },
        sort: [{ nextDueAt: 'asc' }],
      })
      .exec();
    const nodeId = this.options.nodeId;
    return nodeId === undefined ? active : active.filter((e) => escalationOwner(e) === nodeId);
  }

  private async runDue(): Promise<void> {
    const now = this.options.clock.now();
    const due = await this.activeEscalations({ $lte: now.toISOString() });
    for (const escalation of due) {
      if (!this.running) return;
      if ((this.failedUntil.get(escalation.id) ?? 0) > now.getTime()) continue;
      try {
        await this.options.execute(
          'advanceEscalation',
          { escalationId: escalation.id, now: now.toISOString() },
          SCHEDULER_ACTOR,
        );
        this.failedUntil.delete(escalation.id);
      } catch (error) {
        this.failedUntil.set(escalation.id, now.getTime() + this.options.retryAfterMs);
        this.options.log(
          `could not advance escalation ${escalation.id} of incident ${escalation.incidentId}: ${(error as Error).message}`,
        );
      }
    }
  }

  private async arm(): Promise<void> {
    const active = await this.activeEscalations();
    const wakeTimes = active.map((e) =>
      Math.max(Date.parse(e.nextDueAt), this.failedUntil.get(e.id) ?? 0),
    );
    if (wakeTimes.length === 0) return;
    const delay = Math.min(
      Math.max(0, Math.min(...wakeTimes) - this.options.clock.now().getTime()),
      this.options.maxWaitMs,
    );
    this.disarm();
    this.timer = this.options.clock.setTimer(() => {
      this.timer = undefined;
      this.wake();
    }, delay);
  }

  private disarm(): void {
    if (this.timer === undefined) return;
    this.options.clock.clearTimer(this.timer);
    this.timer = undefined;
  }
}
