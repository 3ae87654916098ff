/**
 * Failed sign-ins slow down the one guessing: after a few free failures
 * each further one doubles the wait, per person and per client address, up
 * to a quarter of an hour. A success clears the person's count, not the
 * address's (one client guessing many people stays slowed).
 */
export const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 1_000;
export const LONGEST_WAIT_MS = 15 * 60 * 1000;
const FORGET_AFTER_MS = 60 * 60 * 1000;

interface Failures {
  count: number;
  lastAt: number;
  lockedUntil: number;
}

export class SignInThrottle {
  private readonly failures = new Map<string, Failures>();
  private readonly now: () => number;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  /** Milliseconds until any of these keys may try again (0: now). */
  waitFor(keys: readonly string[]): number {
    const now = this.now();
    let wait = 0;
    for (const key of keys) {
      const entry = this.current(key, now);
      if (entry) wait = Math.max(wait, entry.lockedUntil - now);
    }
    return Math.max(0, wait);
  }

  failed(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) {
      const entry = this.current(key, now) ?? { count: 0, lastAt: now, lockedUntil: 0 };
      entry.count += 1;
      entry.lastAt = now;
      const over = entry.count - FREE_FAILURES;
      if (over >= 0) entry.lockedUntil = now + Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** over);
      this.failures.set(key, entry);
    }
  }

  succeeded(key: string): void {
    this.failures.delete(key);
  }

  private current(key: string, now: number): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && now - entry.lastAt > FORGET_AFTER_MS && now >= entry.lockedUntil) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }
}
