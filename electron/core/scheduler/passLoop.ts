import type { SchedulerClock } from './schedulerClock.ts';

/**
 * One pass at a time, re-run when woken, and a single timer for the next
 * wake-up (at most `maxWaitMs` away, so a clock jump is noticed soon).
 * Every timed job in the node shares it: escalations, exercise releases,
 * handoff reminders, the communications outbox and cadence.
 */
export class PassLoop {
  private readonly pass: () => Promise<number | undefined>;
  private readonly clock: SchedulerClock;
  private readonly maxWaitMs: number;
  private readonly log: (message: string) => void;
  private timer: unknown;
  private current: Promise<void> = Promise.resolve();
  private queued = false;
  running = false;

  constructor(options: {
    /** Does the work; resolves with the epoch ms of the next wake-up, if any. */
    pass: () => Promise<number | undefined>;
    clock: SchedulerClock;
    maxWaitMs: number;
    log: (message: string) => void;
  }) {
    this.pass = options.pass;
    this.clock = options.clock;
    this.maxWaitMs = options.maxWaitMs;
    this.log = options.log;
  }

  start(): void {
    this.running = true;
    this.wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.disarm();
    await this.idle();
  }

  async idle(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.current) {
      seen = this.current;
      await seen;
    }
  }

  wake(): void {
    if (!this.running || this.queued) return;
    this.queued = true;
    this.current = this.current
      .then(async () => {
        this.queued = false;
        if (!this.running) return;
        this.disarm();
        const next = await this.pass();
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
