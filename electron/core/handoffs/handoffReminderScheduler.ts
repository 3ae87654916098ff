import type { Subscription } from 'rxjs';
import { merge } from 'rxjs';
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
import { PassLoop } from '../scheduler/passLoop.ts';
import { systemClock, type SchedulerClock } from '../scheduler/schedulerClock.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export const HANDOFF_REMINDER_ACTOR: Actor = { kind: 'system', id: 'handoff-scheduler' };

export interface HandoffReminderSchedulerOptions {
  database: LanternDatabase;
  /** The node's execute: a reminder is the remindHandoff command, never a direct write. */
  execute: ExecuteCommand;
  events?: NodeEvents;
  clock?: SchedulerClock;
  log?: (message: string) => void;
  /** Longest single wait, so rotation edits, sleep and clock changes are noticed soon. */
  maxWaitMs?: number;
  /**
   * Whether this node gives reminders now; with peers only one of the nodes
   * that can reach each other does (`leadsConnectedPeers`). Always, alone.
   */
  leads?: () => boolean;
}

/**
 * Reminds each incident's commander a set time before their on-call shift
 * ends (handoff policy, default 30 min). Reminders are recorded on the
 * timeline under an id fixed by incident, lead and shift, so a restart, a
 * second pass or a second node's scheduler never gives one twice.
 */
export class HandoffReminderScheduler {
  private readonly options: Required<Omit<HandoffReminderSchedulerOptions, 'events'>> & {
    events?: NodeEvents;
  };
  private readonly loop: PassLoop;
  private subscription: Subscription | undefined;

  constructor(options: HandoffReminderSchedulerOptions) {
    this.options = {
      clock: systemClock,
      log: () => undefined,
      maxWaitMs: 60_000,
      leads: () => true,
      ...options,
    };
    this.loop = new PassLoop({
      pass: () => this.runPass(),
      clock: this.options.clock,
      maxWaitMs: this.options.maxWaitMs,
      log: (message) => this.options.log(`handoff reminders: ${message}`),
    });
  }

  /** Subscribe to changes and give whatever reminder fell due while the node was down. */
  async start(): Promise<void> {
    if (this.loop.running) return;
    const store = kindStore(this.options.database);
    this.subscription = merge(
      store.changes$('incidents'),
      store.changes$('organisation'),
      store.changes$('frameworks'),
    ).subscribe(() => this.loop.wake());
    this.loop.start();
    await this.loop.idle();
  }

  async stop(): Promise<void> {
    this.subscription?.unsubscribe();
    await this.loop.stop();
  }

  /** Resolves once no pass is running or queued. */
  idle(): Promise<void> {
    return this.loop.idle();
  }

  private async minutesBefore(): Promise<number> {
    const doc = await kindStore(this.options.database).get('frameworks', HANDOFF_POLICY_ID);
    if (!doc?.definition) return DEFAULT_REMINDER_MINUTES;
    try {
      return parseHandoffPolicy(doc.definition).reminderMinutesBefore;
    } catch {
      return DEFAULT_REMINDER_MINUTES;
    }
  }

  private async plan(now: Date) {
    const db = this.options.database;
    const incidents = await db.incidents
      .find({ selector: { status: { $in: [...ACTIVE_STATUSES] } } })
      .exec();
    const units = await kindStore(db).find('organisation', { selector: { kind: 'rotation' } });
    const rotations = rotationsFromUnits(units);
    const first = planReminders(
      incidents.map((i) => i.toMutableJSON()),
      rotations,
      await this.minutesBefore(),
      now,
      new Set(),
    );
    const ids = first.due.map((r) => r.entryId);
    const given = ids.length ? await db.timeline.findByIds(ids).exec() : new Map();
    return { ...first, due: first.due.filter((r) => !given.has(r.entryId)) };
  }

  /** Give what is due; look again at the next reminder time (the loop caps the wait). */
  private async runPass(): Promise<number | undefined> {
    const now = this.options.clock.now();
    // Another node reachable from here gives the reminders; look again soon in case it goes.
    if (!this.options.leads()) return now.getTime() + this.options.maxWaitMs;
    const { due, nextCheckAt } = await this.plan(now);
    for (const reminder of due) {
      if (!this.loop.running) return undefined;
      await this.remind(reminder);
    }
    return nextCheckAt ? nextCheckAt.getTime() : now.getTime() + this.options.maxWaitMs;
  }

  private async remind(planned: PlannedReminder): Promise<void> {
    const { dueAt: _dueAt, entryId: _entryId, ...input } = planned;
    try {
      const result = (await this.options.execute(
        'remindHandoff',
        input,
        HANDOFF_REMINDER_ACTOR,
      )) as {
        reminder: HandoffReminder;
      };
      this.options.events?.emit('handoffReminder', result.reminder);
    } catch (error) {
      this.options.log(
        `could not remind ${planned.outgoingLeadId} about incident ${planned.incidentId}: ${(error as Error).message}`,
      );
    }
  }
}
