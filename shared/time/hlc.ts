/**
 * Hybrid logical clock. Wall-clock time is shown to people; the HLC decides
 * order across peers whose clocks disagree. Encoded as a fixed-width string
 * so that string order is clock order (usable as an index key).
 */
export interface HlcTimestamp {
  readonly wallMs: number;
  readonly counter: number;
  readonly nodeId: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

export class HlcError extends Error {
  override name = 'HlcError';
}

export function encodeHlc(stamp: HlcTimestamp): string {
  return [
    String(stamp.wallMs).padStart(WALL_DIGITS, '0'),
    String(stamp.counter).padStart(COUNTER_DIGITS, '0'),
    stamp.nodeId,
  ].join('-');
}

export function decodeHlc(encoded: string): HlcTimestamp {
  const match = /^(\d{15})-(\d{6})-(.+)$/.exec(encoded);
  if (!match) throw new HlcError(`Not a hybrid logical clock value: "${encoded}"`);
  return { wallMs: Number(match[1]), counter: Number(match[2]), nodeId: match[3] as string };
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A clock owned by one node. `now` reads the wall clock; tests inject it. */
export class HybridLogicalClock {
  private last: HlcTimestamp;
  private readonly nodeId: string;
  private readonly now: () => number;

  constructor(nodeId: string, now: () => number = Date.now) {
    this.nodeId = nodeId;
    this.now = now;
    this.last = { wallMs: 0, counter: 0, nodeId };
  }

  /** A new timestamp for a local event, strictly after every one seen so far. */
  tick(): string {
    const wall = this.now();
    this.last =
      wall > this.last.wallMs
        ? { wallMs: wall, counter: 0, nodeId: this.nodeId }
        : { wallMs: this.last.wallMs, counter: this.bump(this.last.counter), nodeId: this.nodeId };
    return encodeHlc(this.last);
  }

  /** Merge a timestamp received from a peer so later local events sort after it. */
  receive(remote: string): void {
    const theirs = decodeHlc(remote);
    const wall = this.now();
    const maxWall = Math.max(wall, this.last.wallMs, theirs.wallMs);
    let counter = 0;
    if (maxWall === this.last.wallMs && maxWall === theirs.wallMs) {
      counter = this.bump(Math.max(this.last.counter, theirs.counter));
    } else if (maxWall === this.last.wallMs) {
      counter = this.bump(this.last.counter);
    } else if (maxWall === theirs.wallMs) {
      counter = this.bump(theirs.counter);
    }
    this.last = { wallMs: maxWall, counter, nodeId: this.nodeId };
  }

  private bump(counter: number): number {
    if (counter >= MAX_COUNTER) throw new HlcError('Hybrid logical clock counter overflow');
    return counter + 1;
  }
}
