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
import type { LanternDatabase } from '../../../shared/schema/collections.ts';
import type { ExecuteCommand, NodeEvents } from '../notifications/nodeEvents.ts';
import { systemClock, type SchedulerClock } from '../scheduler/schedulerClock.ts';

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
  private timer: unknown;
  private subscription: Subscription | undefined;
  private pass: Promise<void> = Promise.resolve();
  private queued = false;
  private running = false;

  constructor(options: HandoffReminderSchedulerOptions) {
    this.options = {
      clock: systemClock,
      log: () => undefined,
      maxWaitMs: 60_000,
      leads: () => true,
      ...options,
    };
  }

  /** Subscribe to changes and give whatever reminder fell due while the node was down. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const db = this.options.database;
    this.subscription = merge(db.incidents.$, db.organisation.$, db.frameworks.$).subscribe(() =>
      this.wake(),
    );
    this.wake();
    await this.idle();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.subscription?.unsubscribe();
    this.disarm();
    await this.idle();
  }

  /** Resolves once no pass is running or queued. */
  async idle(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.pass) {
      seen = this.pass;
      await seen;
    }
  }

  private wake(): void {
    if (!this.running || this.queued) return;
    this.queued = true;
    this.pass = this.pass
      .then(() => {
        this.queued = false;
        return this.runPass();
      })
      .catch((error: unknown) =>
        this.options.log(`handoff reminders: ${(error as Error).message}`),
      );
  }

  private async minutesBefore(): Promise<number> {
    const doc = await this.options.database.frameworks.findOne(HANDOFF_POLICY_ID).exec();
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
    const units = await db.organisation.find({ selector: { kind: 'rotation' } }).exec();
    const rotations = rotationsFromUnits(units.map((unit) => unit.toMutableJSON()));
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

  private async runPass(): Promise<void> {
    if (!this.running) return;
    this.disarm();
    const now = this.options.clock.now();
    if (!this.options.leads()) {
      // Another node reachable from here gives the reminders; look again soon in case it goes.
      this.arm(this.options.maxWaitMs);
      return;
    }
    const { due, nextCheckAt } = await this.plan(now);
    for (const reminder of due) {
      if (!this.running) return;
      await this.remind(reminder);
    }
    if (!this.running) return;
    const wait = nextCheckAt ? nextCheckAt.getTime() - now.getTime() : this.options.maxWaitMs;
    this.arm(Math.min(Math.max(0, wait), this.options.maxWaitMs));
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

  private arm(delayMs: number): void {
    this.disarm();
    this.timer = this.options.clock.setTimer(() => {
      this.timer = undefined;
      this.wake();
    }, delayMs);
  }

  private disarm(): void {
    if (this.timer === undefined) return;
    this.options.clock.clearTimer(this.timer);
    this.timer = undefined;
  }
}
