import type { Actor } from '../../../shared/commands/command.ts';
import type { HandoffReminder } from '../../../shared/commands/remindHandoff.ts';
import { ACTIVE_STATUSES } from '../../../shared/domain/incident.ts';
import { HANDOFF_POLICY_ID } from '../../../shared/framework/frameworkKinds.ts';
import {
  DEFAULT_REMINDER_MINUTES,
  parseHandoffPolicy,
} from '../../../shared/handoffs/handoffPolicy.ts';
import { rotationsFromUnits } from '../../../shared/handoffs/briefSources.ts';
import { planReminders, type PlannedReminder } from '../../../shared/handoffs/reminderPlan.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { ExecuteCommand, NodeEvents } from '../notifications/nodeEvents.ts';
import type { ScheduledJob } from '../scheduler/scheduler.ts';
import { systemClock, type SchedulerClock } from '../scheduler/schedulerClock.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export const HANDOFF_REMINDER_ACTOR: Actor = { kind: 'system', id: 'handoff-scheduler' };

export interface HandoffReminderJobOptions {
  database: LanternDatabase;
  /** The node's execute: a reminder is the remindHandoff command, never a direct write. */
  execute: ExecuteCommand;
  events?: NodeEvents;
  clock?: SchedulerClock;
  log?: (message: string) => void;
  /** How soon to look again when no reminder is planned (rotation edits, a peer leaving). */
  recheckMs?: number;
  /**
   * Whether this node gives reminders now; with peers only one of the nodes
   * that can reach each other does (`leadsConnectedPeers`). Always, alone.
   */
  leads?: () => boolean;
}

async function minutesBefore(database: LanternDatabase): Promise<number> {
  const doc = await kindStore(database).get('frameworks', HANDOFF_POLICY_ID);
  if (!doc?.definition) return DEFAULT_REMINDER_MINUTES;
  try {
    return parseHandoffPolicy(doc.definition).reminderMinutesBefore;
  } catch {
    return DEFAULT_REMINDER_MINUTES;
  }
}

/** Reminders due now and not yet given (their timeline entry is missing), and the next check. */
async function planDue(database: LanternDatabase, now: Date) {
  const incidents = await database.incidents
    .find({ selector: { status: { $in: [...ACTIVE_STATUSES] } } })
    .exec();
  const units = await kindStore(database).find('organisation', { selector: { kind: 'rotation' } });
  const rotations = rotationsFromUnits(units);
  const first = planReminders(
    incidents.map((i) => i.toMutableJSON()),
    rotations,
    await minutesBefore(database),
    now,
    new Set(),
  );
  const ids = first.due.map((r) => r.entryId);
  const given = ids.length ? await database.timeline.findByIds(ids).exec() : new Map();
  return { ...first, due: first.due.filter((r) => !given.has(r.entryId)) };
}

/**
 * Reminds each incident's commander a set time before their on-call shift
 * ends (handoff policy, default 30 min). Reminders are recorded on the
 * timeline under an id fixed by incident, lead and shift, so a restart, a
 * second pass or a second node's scheduler never gives one twice.
 */
export function handoffReminderJob(options: HandoffReminderJobOptions): ScheduledJob {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => undefined);
  const recheckMs = options.recheckMs ?? 60_000;
  const leads = options.leads ?? (() => true);

  async function remind(planned: PlannedReminder): Promise<void> {
    const { dueAt: _dueAt, entryId: _entryId, ...input } = planned;
    try {
      const result = (await options.execute('remindHandoff', input, HANDOFF_REMINDER_ACTOR)) as {
        reminder: HandoffReminder;
      };
      options.events?.emit('handoffReminder', result.reminder);
    } catch (error) {
      log(
        `handoff reminders: could not remind ${planned.outgoingLeadId} about incident ${planned.incidentId}: ${(error as Error).message}`,
      );
    }
  }

  return {
    name: 'handoff reminders',
    wakeOn: ['incidents', 'organisation', 'frameworks'],
    async pass(running) {
      const now = clock.now();
      // Another node reachable from here gives the reminders; look again soon in case it goes.
      if (!leads()) return now.getTime() + recheckMs;
      const { due, nextCheckAt } = await planDue(options.database, now);
      for (const reminder of due) {
        if (!running()) return undefined;
        await remind(reminder);
      }
      return nextCheckAt ? nextCheckAt.getTime() : now.getTime() + recheckMs;
    },
  };
}
