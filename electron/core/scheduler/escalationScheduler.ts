import type { Subscription } from 'rxjs';
import type { Actor } from '../../../shared/commands/command.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { ExecuteCommand } from '../notifications/nodeEvents.ts';
import { decodeHlc } from '../../../shared/time/hlc.ts';
import { PassLoop } from './passLoop.ts';
import { systemClock, type SchedulerClock } from './schedulerClock.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

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
  private readonly loop: PassLoop;
  private subscription: Subscription | undefined;
  private readonly failedUntil = new Map<string, number>();

  constructor(options: EscalationSchedulerOptions) {
    this.options = {
      clock: systemClock,
      log: () => undefined,
      maxWaitMs: 60_000,
      retryAfterMs: 30_000,
      ...options,
    };
    this.loop = new PassLoop({
      pass: () => this.runPass(),
      clock: this.options.clock,
      maxWaitMs: this.options.maxWaitMs,
      log: (message) => this.options.log(`escalation scheduler: ${message}`),
    });
  }

  /** Subscribe to changes and take every overdue step now; resolves when that catch-up is done. */
  async start(): Promise<void> {
    if (this.loop.running) return;
    this.subscription = kindStore(this.options.database)
      .changes$('escalations')
      .subscribe(() => this.loop.wake());
    this.loop.start();
    await this.loop.idle();
  }

  async stop(): Promise<void> {
    this.subscription?.unsubscribe();
    await this.loop.stop();
  }

  /** Resolves once no pass is running or queued (tests wait on this instead of on time). */
  idle(): Promise<void> {
    return this.loop.idle();
  }

  /** Run what is due; the next wake-up is the earliest step still to take. */
  private async runPass(): Promise<number | undefined> {
    await this.runDue();
    return this.loop.running ? this.nextWakeAt() : undefined;
  }

  private async activeEscalations(selector: Record<string, unknown> = {}) {
    const active = await kindStore(this.options.database).find('escalations', {
      selector: { status: 'active', nextDueAt: { $gt: '', ...selector } },
      sort: [{ nextDueAt: 'asc' }],
    });
    const nodeId = this.options.nodeId;
    return nodeId === undefined ? active : active.filter((e) => escalationOwner(e) === nodeId);
  }

  private async runDue(): Promise<void> {
    const now = this.options.clock.now();
    const due = await this.activeEscalations({ $lte: now.toISOString() });
    for (const escalation of due) {
      if (!this.loop.running) return;
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

  private async nextWakeAt(): Promise<number | undefined> {
    const active = await this.activeEscalations();
    const wakeTimes = active.map((e) =>
      Math.max(Date.parse(e.nextDueAt), this.failedUntil.get(e.id) ?? 0),
    );
    return wakeTimes.length > 0 ? Math.min(...wakeTimes) : undefined;
  }
}
