import { AnomalyLikelihood } from './anomalyLikelihood.ts';
import { Deviation } from './deviation.ts';
import { StateReader, StateWriter } from './detectorState.ts';
import { SeasonalProfile } from './seasonalProfile.ts';
import type { StreamDetector } from './streamDetector.ts';

/**
 * The node's detector for one metric stream. Two views of surprise, each
 * turned into a calibrated score by its own anomaly likelihood, the larger
 * one wins:
 *  - deviation from the last few thousand points (spikes, level shifts);
 *  - deviation from what this time of day usually looks like (seasonality).
 * After an anomaly it stays quiet for a refractory period, so one incident
 * raises one alert rather than a burst of them; the period grows with the
 * stream's age (older streams have longer episodes relative to their
 * sampling) up to a fixed bound.
 *
 * The defaults were chosen on the NAB development split, as generic values
 * (window lengths, floors, one internal firing level), never per file.
 */
export interface LanternOptions {
  /** Points of recent history the deviation is measured against. */
  historyPoints: number;
  /** Floor on the recent standard deviation, as a fraction of the recent mean. */
  relativeFloor: number;
  /** Deviations above this count as this much (one wild point must not swamp the average). */
  deviationCap: number;
  /** Seasonal slots per day and how fast each learns. */
  seasonalSlots: number;
  seasonalLearningRate: number;
  /** Anomaly likelihood: short average, history, warm-up, floor on its spread, score-0.5 surprise. */
  likelihoodShort: number;
  likelihoodHistory: number;
  likelihoodWarmup: number;
  likelihoodMinStd: number;
  halfSurprise: number;
  /** Score at which the detector declares an anomaly and goes quiet. */
  fireLevel: number;
  /** Quiet points after an anomaly: at least `quietPoints`, else `quietFraction` of the points seen, at most `quietMax`. */
  quietPoints: number;
  quietFraction: number;
  quietMax: number;
}

export const defaultLanternOptions: LanternOptions = {
  historyPoints: 3000,
  relativeFloor: 0.1,
  deviationCap: 35,
  seasonalSlots: 64,
  seasonalLearningRate: 0.05,
  likelihoodShort: 5,
  likelihoodHistory: 2000,
  likelihoodWarmup: 150,
  likelihoodMinStd: 0.15,
  halfSurprise: 3,
  fireLevel: 0.69,
  quietPoints: 120,
  quietFraction: 0.035,
  quietMax: 600,
};

/**
 * Width of the expected range people see, in recent deviations either side of
 * the recent mean. It draws the band on the stream view and goes into an
 * anomaly alert; it is a picture of "usual", not the firing rule (the score is).
 */
export const EXPECTED_RANGE_WIDTHS = 3;

export class LanternDetector implements StreamDetector {
  private readonly options: LanternOptions;
  private readonly recent: Deviation;
  private readonly seasonal: SeasonalProfile;
  private readonly recentLikelihood: AnomalyLikelihood;
  private readonly seasonalLikelihood: AnomalyLikelihood;
  private seen = 0;
  private quiet = 0;

  constructor(options: Partial<LanternOptions> = {}) {
    const o = { ...defaultLanternOptions, ...options };
    this.options = o;
    this.recent = new Deviation(o.historyPoints, o.relativeFloor);
    this.seasonal = new SeasonalProfile({
      slots: o.seasonalSlots,
      learningRate: o.seasonalLearningRate,
      relativeFloor: 0.01,
    });
    const likelihood = () =>
      new AnomalyLikelihood({
        shortWindow: o.likelihoodShort,
        historyWindow: o.likelihoodHistory,
        warmup: o.likelihoodWarmup,
        minStd: o.likelihoodMinStd,
        halfSurprise: o.halfSurprise,
      });
    this.recentLikelihood = likelihood();
    this.seasonalLikelihood = likelihood();
  }

  get stateBytes(): number {
    return (
      this.recent.bytes +
      this.seasonal.bytes +
      this.recentLikelihood.bytes +
      this.seasonalLikelihood.bytes
    );
  }

  /** The range the next point is expected in (null until the stream has two points). */
  expectedRange(): { low: number; high: number } | null {
    return this.recent.band(EXPECTED_RANGE_WIDTHS);
  }

  /** Everything the detector has learnt, as one array (restore with `loadState`). */
  saveState(): Float64Array {
    const out = new StateWriter();
    out.number(this.seen);
    out.number(this.quiet);
    for (const part of [this.recent, this.seasonal, this.recentLikelihood, this.seasonalLikelihood])
      part.save(out);
    return out.finish();
  }

  /** Continue from a saved state; throws DetectorStateError (and keeps its own) if the state does not fit. */
  loadState(state: Float64Array): void {
    const before = this.saveState();
    try {
      const from = new StateReader(state);
      this.seen = from.number();
      this.quiet = from.number();
      for (const part of [
        this.recent,
        this.seasonal,
        this.recentLikelihood,
        this.seasonalLikelihood,
      ])
        part.load(from);
      from.done();
    } catch (error) {
      this.loadState(before);
      throw error;
    }
  }

  /** Points seen since the stream began. */
  get pointsSeen(): number {
    return this.seen;
  }

  observe(timestamp: number, value: number): number {
    if (!Number.isFinite(value) || !Number.isFinite(timestamp)) {
      throw new RangeError(
        `a metric point needs a finite timestamp and value, got ${timestamp}, ${value}`,
      );
    }
    const o = this.options;
    this.seen += 1;
    const recent = this.recentLikelihood.update(
      Math.min(this.recent.update(value), o.deviationCap),
    );
    const seasonalDeviation = this.seasonal.update(timestamp, value);
    // A slot seen for the first time has no usual level yet: nothing to learn from.
    const seasonal =
      seasonalDeviation === null
        ? 0
        : this.seasonalLikelihood.update(Math.min(seasonalDeviation, o.deviationCap));
    const score = Math.max(recent, seasonal);
    const answer = this.quiet > 0 ? 0 : score;
    if (this.quiet > 0) this.quiet -= 1;
    // An anomaly that goes on keeps the detector quiet: one episode, one alert.
    if (score >= o.fireLevel) {
      this.quiet = Math.min(
        o.quietMax,
        Math.max(o.quietPoints, Math.round(o.quietFraction * this.seen)),
      );
    }
    return answer;
  }
}

export function createLanternDetector(options: Partial<LanternOptions> = {}): StreamDetector {
  return new LanternDetector(options);
}
