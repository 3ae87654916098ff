/** Time as the schedulers see it; injected so tests can move it by hand. */
export interface SchedulerClock {
  now(): Date;
  setTimer(callback: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
}

/** The wall clock. Timers are unref'd: a pending escalation never keeps a finished process alive. */
export const systemClock: SchedulerClock = {
  now: () => new Date(),
  setTimer(callback, delayMs) {
    const timer = setTimeout(callback, delayMs);
    timer.unref();
    return timer;
  },
  clearTimer(handle) {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
};
