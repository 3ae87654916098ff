import type { PersistentState, StateReader, StateWriter } from './detectorState.ts';
import { RollingWindow } from './rollingWindow.ts';

/**
 * Turns a raw surprise signal into a calibrated score, in the manner of HTM's
 * anomaly likelihood (Ahmad et al. 2017): the short-term average of the raw
 * signal is compared with its own recent distribution, and the Gaussian tail
 * probability is mapped to [0, 1) on a log scale that never saturates, so ranking
 * survives among the rarest points. Raw
 * signals of different detectors and streams thereby share one threshold.
 */
export interface LikelihoodOptions {
  /** Points averaged into the short-term signal. */
  shortWindow: number;
  /** Points of history the distribution is estimated from. */
  historyWindow: number;
  /** Points before any score is given (the answer is 0 until then). */
  warmup: number;
  /** Floor on the history's standard deviation, so a flat history is not infinitely sure. */
  minStd: number;
  /** −log10(tail probability) that maps to a score of 0.5. */
  halfSurprise: number;
}

/**
 * −log10 of the upper tail of the standard normal at z (Abramowitz–Stegun
 * 7.1.26 for erfc, kept in the log domain so far tails do not underflow).
 */
export function normalSurprise(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  if (z < 0) return -Math.log10(1 - (poly * Math.exp(-x * x)) / 2);
  return -(Math.log(poly / 2) - x * x) / Math.LN10;
}

export class AnomalyLikelihood implements PersistentState {
  private readonly recent: RollingWindow;
  private readonly history: RollingWindow;
  private seen = 0;

  private readonly options: LikelihoodOptions;

  constructor(options: LikelihoodOptions) {
    this.options = options;
    this.recent = new RollingWindow(options.shortWindow);
    this.history = new RollingWindow(options.historyWindow);
  }

  get bytes(): number {
    return this.recent.bytes + this.history.bytes;
  }

  save(out: StateWriter): void {
    this.recent.save(out);
    this.history.save(out);
    out.number(this.seen);
  }

  load(from: StateReader): void {
    this.recent.load(from);
    this.history.load(from);
    this.seen = from.number();
  }

  update(raw: number): number {
    this.recent.push(raw);
    const average = this.recent.mean();
    this.seen += 1;
    let score = 0;
    if (this.seen > this.options.warmup) {
      const std = Math.max(this.history.std(), this.options.minStd);
      const surprise = normalSurprise((average - this.history.mean()) / std);
      score = surprise / (surprise + this.options.halfSurprise);
    }
    this.history.push(average);
    return score;
  }
}
