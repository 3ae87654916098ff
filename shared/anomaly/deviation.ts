import type { PersistentState, StateReader, StateWriter } from './detectorState.ts';
import { RollingWindow } from './rollingWindow.ts';

/**
 * How far the value sits from the recent past, in recent standard deviations.
 * The floor on the deviation scales with the level of the series so a flat
 * stretch does not make every later wiggle infinitely surprising.
 */
export class Deviation implements PersistentState {
  private readonly window: RollingWindow;

  private readonly relativeFloor: number;

  constructor(size: number, relativeFloor: number) {
    this.relativeFloor = relativeFloor;
    this.window = new RollingWindow(size);
  }

  get bytes(): number {
    return this.window.bytes;
  }

  /** The band the next value is judged against: the recent mean ± `widths` deviations (null until two points). */
  band(widths: number): { low: number; high: number } | null {
    if (this.window.count < 2) return null;
    const mean = this.window.mean();
    const spread = Math.max(this.window.std(), this.relativeFloor * (Math.abs(mean) + 1e-9));
    return { low: mean - widths * spread, high: mean + widths * spread };
  }

  save(out: StateWriter): void {
    this.window.save(out);
  }

  load(from: StateReader): void {
    this.window.load(from);
  }

  update(value: number): number {
    const mean = this.window.mean();
    const floor = this.relativeFloor * (Math.abs(mean) + 1e-9);
    const z =
      this.window.count < 2 ? 0 : Math.abs(value - mean) / Math.max(this.window.std(), floor);
    this.window.push(value);
    return z;
  }
}
