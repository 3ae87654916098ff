import type { PersistentState, StateReader, StateWriter } from './detectorState.ts';

/**
 * The last `size` values in a ring, with their mean and standard deviation in
 * O(1) per update. The sums are of values less a shift (the mean when last
 * rebuilt), so a large level does not cancel away the variance, and they are
 * rebuilt from the ring every `size` updates so drift cannot accumulate.
 */
export class RollingWindow implements PersistentState {
  private readonly ring: Float64Array;
  private next = 0;
  private filled = 0;
  private sum = 0;
  private sumSquares = 0;
  private sinceRebuild = 0;
  private shift = 0;

  readonly size: number;

  constructor(size: number) {
    this.size = size;
    this.ring = new Float64Array(size);
  }

  get count(): number {
    return this.filled;
  }

  get bytes(): number {
    return this.ring.byteLength;
  }

  push(value: number): void {
    if (this.filled === this.size) {
      const old = (this.ring[this.next] as number) - this.shift;
      this.sum -= old;
      this.sumSquares -= old * old;
    } else {
      if (this.filled === 0) this.shift = value;
      this.filled += 1;
    }
    this.ring[this.next] = value;
    const shifted = value - this.shift;
    this.sum += shifted;
    this.sumSquares += shifted * shifted;
    this.next = (this.next + 1) % this.size;
    if (++this.sinceRebuild >= this.size) this.rebuild();
  }

  mean(): number {
    return this.filled === 0 ? 0 : this.shift + this.sum / this.filled;
  }

  std(): number {
    if (this.filled < 2) return 0;
    const mean = this.sum / this.filled;
    return Math.sqrt(Math.max(0, this.sumSquares / this.filled - mean * mean));
  }

  /** The value pushed `lag` updates ago (lag 1 = the latest). */
  ago(lag: number): number {
    return this.ring[(this.next - lag + this.size * 2) % this.size] as number;
  }

  save(out: StateWriter): void {
    out.array(this.ring);
    for (const scalar of [this.next, this.filled, this.sum, this.sumSquares, this.sinceRebuild])
      out.number(scalar);
    out.number(this.shift);
  }

  load(from: StateReader): void {
    from.array(this.ring);
    this.next = from.number();
    this.filled = from.number();
    this.sum = from.number();
    this.sumSquares = from.number();
    this.sinceRebuild = from.number();
    this.shift = from.number();
  }

  private rebuild(): void {
    this.sinceRebuild = 0;
    this.shift = this.mean();
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < this.filled; i++) {
      const v = (this.ring[i] as number) - this.shift;
      sum += v;
      squares += v * v;
    }
    this.sum = sum;
    this.sumSquares = squares;
  }
}
