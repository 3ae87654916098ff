import type { PersistentState, StateReader, StateWriter } from './detectorState.ts';

const MINUTES_PER_DAY = 1440;
const MS_PER_MINUTE = 60_000;

/**
 * What this stream usually does at this time of day: the day (UTC) is cut
 * into slots, and each slot keeps an exponentially weighted level and mean
 * absolute deviation. The answer is how many usual deviations the value sits
 * from its slot's level, so a traffic drop at an hour when traffic never
 * drops stands out even when the value is ordinary for the day as a whole.
 */
export interface SeasonalOptions {
  /** Slots per day. */
  slots: number;
  /** Weight of the newest value in a slot's level and deviation. */
  learningRate: number;
  /** Floor on the deviation, as a fraction of the slot's level. */
  relativeFloor: number;
}

export class SeasonalProfile implements PersistentState {
  private readonly level: Float64Array;
  private readonly spread: Float64Array;
  private readonly options: SeasonalOptions;

  constructor(options: SeasonalOptions) {
    this.options = options;
    this.level = new Float64Array(options.slots).fill(Number.NaN);
    this.spread = new Float64Array(options.slots);
  }

  get bytes(): number {
    return this.level.byteLength + this.spread.byteLength;
  }

  save(out: StateWriter): void {
    out.array(this.level);
    out.array(this.spread);
  }

  load(from: StateReader): void {
    from.array(this.level);
    from.array(this.spread);
  }

  /** Deviations from the slot's usual level; null the first time a slot is seen. */
  update(timestamp: number, value: number): number | null {
    const minute =
      (((timestamp / MS_PER_MINUTE) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
    const slot = Math.min(
      this.options.slots - 1,
      Math.floor((minute * this.options.slots) / MINUTES_PER_DAY),
    );
    const level = this.level[slot] as number;
    if (Number.isNaN(level)) {
      this.level[slot] = value;
      return null;
    }
    const residual = Math.abs(value - level);
    const spread = this.spread[slot] as number;
    const floor = 1e-9 + this.options.relativeFloor * Math.abs(level);
    const deviations = residual / Math.max(spread, floor);
    const rate = this.options.learningRate;
    this.level[slot] = level + rate * (value - level);
    this.spread[slot] = spread + rate * (residual - spread);
    return deviations;
  }
}
