import type { ChangeFeed } from '../reactions/changeFeed.ts';
import { systemClock, type SchedulerClock } from './schedulerClock.ts';

/**
 * One timed job of the node (escalations, exercise releases, handoff
 * reminders, the outbox, cadences): what it plans from and one pass.
 * Jobs are state-driven: a pass reads the documents, does what is due
 * (always through commands) and says when it next needs to run, so a
 * restart needs no replay: the first pass catches up.
 */
export interface ScheduledJob {
  /** For log lines. */
  name: string;
  /** Collections (kinds) whose changes can move what is due: each change wakes the job. */
  wakeOn: readonly string[];
  /** Does the work; resolves with the epoch ms of the next wake-up, if any. Stop early when `running()` turns false. */
  pass(running: () => boolean): Promise<number | undefined>;
  /** Whether `start` waits for the first pass (the outbox does not: a slow channel must not hold up the node). */
  awaitFirstPass?: boolean;
}

export interface SchedulerOptions {
  changes: ChangeFeed;
  clock?: SchedulerClock;
  log?: (message: string) => void;
  /** Longest single wait, so a laptop waking from sleep or a clock change is noticed soon. */
  maxWaitMs?: number;
}

/**
 * Runs one job: one pass at a time, re-run when woken, and a single timer
 * for the next wake-up (at most `maxWaitMs` away). The one shell every
 * timed job of the node shares.
 */
export class Scheduler {
  readonly job: ScheduledJob;
  private readonly clock: SchedulerClock;
  private readonly maxWaitMs: number;
  private readonly log: (message: string) => void;
  private readonly changes: ChangeFeed;
  private unsubscribe: (() => void) | undefined;
  private timer: unknown;
  private current: Promise<void> = Promise.resolve();
  private queued = false;
  private running = false;

  constructor(job: ScheduledJob, options: SchedulerOptions) {
    this.job = job;
    this.changes = options.changes;
    this.clock = options.clock ?? systemClock;
    this.maxWaitMs = options.maxWaitMs ?? 60_000;
    const log = options.log ?? (() => undefined);
    this.log = (message) => log(`${job.name}: ${message}`);
  }

  /** Follow changes and run the first pass (whatever fell due while the node was down). */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.changes(this.job.wakeOn, () => this.wake());
    this.wake();
    if (this.job.awaitFirstPass !== false) await this.idle();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.disarm();
    await this.idle();
  }

  /** Resolves once no pass is running or queued (tests wait on this instead of on time). */
  async idle(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.current) {
      seen = this.current;
      await seen;
    }
  }

  /** Run a pass soon (a change, a timer, or the host: connectivity came back). */
  wake(): void {
    if (!this.running || this.queued) return;
    this.queued = true;
    this.current = this.current
      .then(async () => {
        this.queued = false;
        if (!this.running) return;
        this.disarm();
        const next = await this.job.pass(() => this.running);
        if (this.running && next !== undefined) this.arm(next);
      })
      .catch((error: unknown) => this.log((error as Error).message));
  }

  private arm(at: number): void {
    const delay = Math.min(Math.max(0, at - this.clock.now().getTime()), this.maxWaitMs);
    this.disarm();
    this.timer = this.clock.setTimer(() => {
      this.timer = undefined;
      this.wake();
    }, delay);
  }

  private disarm(): void {
    if (this.timer === undefined) return;
    this.clock.clearTimer(this.timer);
    this.timer = undefined;
  }
}
