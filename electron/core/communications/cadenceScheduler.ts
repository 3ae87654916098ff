import { merge, type Subscription } from 'rxjs';
import type { Actor } from '../../../shared/commands/command.ts';
import { cadenceAnnouncement, cadenceWakeAt } from '../../../shared/communications/cadence.ts';
import { cadencePlanningFor } from '../../../shared/communications/cadenceSchedule.ts';
import { ACTIVE_STATUSES } from '../../../shared/domain/incident.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { databaseReads } from '../commands/databaseReads.ts';
import type { CommunicationDueEvent, ExecuteCommand } from '../notifications/nodeEvents.ts';
import { systemClock, type SchedulerClock } from '../scheduler/schedulerClock.ts';
import { PassLoop } from '../scheduler/passLoop.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export const CADENCE_ACTOR: Actor = { kind: 'system', id: 'cadence-scheduler' };

export interface CadenceSchedulerOptions {
  database: LanternDatabase;
  execute: ExecuteCommand;
  clock?: SchedulerClock;
  log?: (message: string) => void;
  maxWaitMs?: number;
  /** Called with each reminder or overdue notice (the Electron host shows a notification). */
  onAnnounce?: (notice: CommunicationDueEvent) => void;
}

/**
 * Keeps stakeholder updates on cadence: starts and re-times each active
 * incident's cadences from the policy for its severity, reminds the
 * Communications Lead before an update is due, and notes it when overdue.
 * Every step is a command; peers each run this, and the once-per-due-time
 * marks on the cadence document stop them repeating each other's notices
 * once synced.
 */
export class CadenceScheduler {
  private readonly options: Required<Omit<CadenceSchedulerOptions, 'onAnnounce'>> &
    Pick<CadenceSchedulerOptions, 'onAnnounce'>;
  private readonly loop: PassLoop;
  private subscription: Subscription | undefined;

  constructor(options: CadenceSchedulerOptions) {
    this.options = { clock: systemClock, log: () => undefined, maxWaitMs: 60_000, ...options };
    this.loop = new PassLoop({
      pass: () => this.runPass(),
      clock: this.options.clock,
      maxWaitMs: this.options.maxWaitMs,
      log: (message) => this.options.log(`cadence scheduler: ${message}`),
    });
  }

  async start(): Promise<void> {
    if (this.loop.running) return;
    const store = kindStore(this.options.database);
    this.subscription = merge(
      store.changes$('incidents'),
      store.changes$('communications'),
      store.changes$('frameworks'),
    ).subscribe(() => this.loop.wake());
    this.loop.start();
    await this.loop.idle();
  }

  async stop(): Promise<void> {
    this.subscription?.unsubscribe();
    await this.loop.stop();
  }

  idle(): Promise<void> {
    return this.loop.idle();
  }

  private async runPass(): Promise<number | undefined> {
    const reads = databaseReads(this.options.database);
    const active = await this.options.database.incidents
      .find({ selector: { status: { $in: [...ACTIVE_STATUSES] } } })
      .exec();
    const wakes: number[] = [];
    for (const doc of active) {
      const incident = doc.toMutableJSON();
      if ((await cadencePlanningFor(reads, incident)).changes.length > 0)
        await this.run('applyCadencePolicy', { incidentId: incident.id });
      const cadences = await kindStore(this.options.database).find('communications', {
        selector: { kind: 'cadence', incidentId: incident.id },
      });
      for (const cadence of cadences) {
        if (cadence.stopped || !cadence.nextDueAt) continue;
        const marks = {
          ...cadence,
          nextDueAt: cadence.nextDueAt,
          remindBeforeMinutes: cadence.remindBeforeMinutes ?? 5,
        };
        if (cadenceAnnouncement(marks, this.options.clock.now())) {
          const notice = await this.run('noteCadenceDue', { cadenceId: cadence.id });
          if (notice) this.options.onAnnounce?.(notice as CommunicationDueEvent);
          continue; // the write wakes another pass, which arms the next time
        }
        const wake = cadenceWakeAt(marks);
        if (wake !== undefined) wakes.push(wake);
      }
    }
    return wakes.length > 0 ? Math.min(...wakes) : undefined;
  }

  private async run(name: string, input: unknown): Promise<unknown> {
    try {
      return await this.options.execute(name, input, CADENCE_ACTOR);
    } catch (error) {
      this.options.log(`cadence scheduler: ${name} failed: ${(error as Error).message}`);
      return undefined;
    }
  }
}
