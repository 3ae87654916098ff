import type { Actor } from '../../../shared/commands/command.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { ExecuteCommand } from '../notifications/nodeEvents.ts';
import { escalationOwner } from '../../../shared/scheduling/workOwners.ts';
import type { ScheduledJob } from './scheduler.ts';
import { systemClock, type SchedulerClock } from './schedulerClock.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export const SCHEDULER_ACTOR: Actor = { kind: 'system', id: 'escalation-scheduler' };

export interface EscalationJobOptions {
  database: LanternDatabase;
  /** The node's execute: every step is a command, never a direct write. */
  execute: ExecuteCommand;
  clock?: SchedulerClock;
  log?: (message: string) => void;
  /** How long to leave an escalation whose step failed before trying it again. */
  retryAfterMs?: number;
  /**
   * This node's id. With peer sync every node holds every escalation; only
   * the node that started one advances it (an acknowledgement from any peer
   * still stops it, because it changes the shared status). Absent: run all.
   */
  nodeId?: string;
}

/**
 * Runs escalations on time: wakes for the earliest `nextDueAt` of the
 * active escalations, and whenever escalations change. When due, or at
 * start for whatever fell due while the node was down, it executes
 * `advanceEscalation`, which writes exactly the missed steps.
 */
export function escalationJob(options: EscalationJobOptions): ScheduledJob {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  const retryAfterMs = options.retryAfterMs ?? 30_000;
  const failedUntil = new Map<string, number>();

  async function activeEscalations(selector: Record<string, unknown> = {}) {
    const active = await kindStore(options.database).find('escalations', {
      selector: { status: 'active', nextDueAt: { $gt: '', ...selector } },
      sort: [{ nextDueAt: 'asc' }],
    });
    const nodeId = options.nodeId;
    return nodeId === undefined ? active : active.filter((e) => escalationOwner(e) === nodeId);
  }

  async function runDue(running: () => boolean): Promise<void> {
    const now = clock.now();
    for (const escalation of await activeEscalations({ $lte: now.toISOString() })) {
      if (!running()) return;
      if ((failedUntil.get(escalation.id) ?? 0) > now.getTime()) continue;
      try {
        await options.execute(
          'advanceEscalation',
          { escalationId: escalation.id, now: now.toISOString() },
          SCHEDULER_ACTOR,
        );
        failedUntil.delete(escalation.id);
      } catch (error) {
        failedUntil.set(escalation.id, now.getTime() + retryAfterMs);
        log(
          `escalation scheduler: could not advance escalation ${escalation.id} of incident ${escalation.incidentId}: ${(error as Error).message}`,
        );
      }
    }
  }

  async function nextWakeAt(): Promise<number | undefined> {
    const wakeTimes = (await activeEscalations()).map((e) =>
      Math.max(Date.parse(e.nextDueAt), failedUntil.get(e.id) ?? 0),
    );
    return wakeTimes.length > 0 ? Math.min(...wakeTimes) : undefined;
  }

  return {
    name: 'escalation scheduler',
    wakeOn: ['escalations'],
    async pass(running) {
      await runDue(running);
      return running() ? nextWakeAt() : undefined;
    },
  };
}
