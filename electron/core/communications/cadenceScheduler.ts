import type { Actor } from '../../../shared/commands/command.ts';
import { cadenceAnnouncement, cadenceWakeAt } from '../../../shared/communications/cadence.ts';
import { cadencePlanningFor } from '../../../shared/communications/cadenceSchedule.ts';
import { ACTIVE_STATUSES } from '../../../shared/domain/incident.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { databaseReads } from '../commands/databaseReads.ts';
import type { CommunicationDueEvent, ExecuteCommand } from '../notifications/nodeEvents.ts';
import { systemClock, type SchedulerClock } from '../scheduler/schedulerClock.ts';
import type { ScheduledJob } from '../scheduler/scheduler.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export const CADENCE_ACTOR: Actor = { kind: 'system', id: 'cadence-scheduler' };

export interface CadenceJobOptions {
  database: LanternDatabase;
  execute: ExecuteCommand;
  clock?: SchedulerClock;
  log?: (message: string) => void;
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
export function cadenceJob(options: CadenceJobOptions): ScheduledJob {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  const { database } = options;

  async function run(name: string, input: unknown): Promise<unknown> {
    try {
      return await options.execute(name, input, CADENCE_ACTOR);
    } catch (error) {
      log(`cadence scheduler: ${name} failed: ${(error as Error).message}`);
      return undefined;
    }
  }

  /** Announce what is due on this incident's cadences; the wake-up times of the rest. */
  async function followCadences(incidentId: string): Promise<number[]> {
    const wakes: number[] = [];
    const cadences = await kindStore(database).find('communications', {
      selector: { kind: 'cadence', incidentId },
    });
    for (const cadence of cadences) {
      if (cadence.stopped || !cadence.nextDueAt) continue;
      const marks = {
        ...cadence,
        nextDueAt: cadence.nextDueAt,
        remindBeforeMinutes: cadence.remindBeforeMinutes ?? 5,
      };
      if (cadenceAnnouncement(marks, clock.now())) {
        const notice = await run('noteCadenceDue', { cadenceId: cadence.id });
        if (notice) options.onAnnounce?.(notice as CommunicationDueEvent);
        continue; // the write wakes another pass, which arms the next time
      }
      const wake = cadenceWakeAt(marks);
      if (wake !== undefined) wakes.push(wake);
    }
    return wakes;
  }

  return {
    name: 'cadence scheduler',
    wakeOn: ['incidents', 'communications', 'frameworks'],
    async pass() {
      const reads = databaseReads(database);
      const active = await database.incidents
        .find({ selector: { status: { $in: [...ACTIVE_STATUSES] } } })
        .exec();
      const wakes: number[] = [];
      for (const doc of active) {
        const incident = doc.toMutableJSON();
        if ((await cadencePlanningFor(reads, incident)).changes.length > 0)
          await run('applyCadencePolicy', { incidentId: incident.id });
        wakes.push(...(await followCadences(incident.id)));
      }
      return wakes.length > 0 ? Math.min(...wakes) : undefined;
    },
  };
}
