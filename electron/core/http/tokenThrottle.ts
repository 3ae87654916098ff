// Wrong tokens are throttled per client address: a few mistakes are free,
// then the address must wait, twice as long after each further wrong token
// (up to a cap). While it waits, nothing it sends is compared with the
// token, so guessing gains nothing. A right token clears the count.

export interface TokenThrottleOptions {
  /** Wrong tokens in a row before the address has to wait. */
  freeFailures?: number;
  /** The first wait; each further wrong token doubles it. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Failures older than this are forgotten. */
  forgetAfterMs?: number;
  /** Addresses remembered at most (the oldest is forgotten first). */
  maxAddresses?: number;
  now?: () => number;
}

interface Failures {
  count: number;
  lastAt: number;
  blockedUntil: number;
}

export class TokenThrottle {
  private readonly failures = new Map<string, Failures>();
  private readonly free: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly forgetAfterMs: number;
  private readonly maxAddresses: number;
  private readonly now: () => number;

  constructor(options: TokenThrottleOptions = {}) {
    this.free = options.freeFailures ?? 5;
    this.baseDelayMs = options.baseDelayMs ?? 1_000;
    this.maxDelayMs = options.maxDelayMs ?? 15 * 60_000;
    this.forgetAfterMs = options.forgetAfterMs ?? 60 * 60_000;
    this.maxAddresses = options.maxAddresses ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds the address must still wait before a token is checked; 0 when it may try. */
  waitMs(address: string): number {
    const entry = this.current(address);
    return entry ? Math.max(0, entry.blockedUntil - this.now()) : 0;
  }

  failed(address: string): void {
    const now = this.now();
    const entry = this.current(address) ?? { count: 0, lastAt: now, blockedUntil: 0 };
    entry.count += 1;
    entry.lastAt = now;
    // The last free mistake starts the first wait; each further one doubles it.
    const over = entry.count - this.free;
    if (over >= 0)
      entry.blockedUntil = now + Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** over);
    // Re-inserting keeps the map in least-recently-failed order for eviction.
    this.failures.delete(address);
    this.failures.set(address, entry);
    if (this.failures.size > this.maxAddresses) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }

  succeeded(address: string): void {
    this.failures.delete(address);
  }

  private current(address: string): Failures | undefined {
    const entry = this.failures.get(address);
    if (entry && this.now() - entry.lastAt > this.forgetAfterMs) {
      this.failures.delete(address);
      return undefined;
    }
    return entry;
  }
}
