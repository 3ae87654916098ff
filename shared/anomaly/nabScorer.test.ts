import { describe, expect, it } from 'vitest';
import {
  normalizedScore,
  optimizeThreshold,
  probationaryLength,
  scaledSigmoid,
  scoreAtThreshold,
  scoresByThreshold,
  type CostMatrix,
  type ScoredFile,
} from './nabScorer.ts';
import { numentaEc2CpuAc20cd as numenta } from './fixtures/numentaEc2CpuAc20cd.ts';

const standard: CostMatrix = { tpWeight: 1, fpWeight: 0.11, fnWeight: 1 };
const lowFP: CostMatrix = { tpWeight: 1, fpWeight: 0.22, fnWeight: 1 };
const lowFN: CostMatrix = { tpWeight: 1, fpWeight: 0.11, fnWeight: 2 };

/** 20 rows (3 in probation), one window on rows 10..14, the given scores elsewhere 0. */
function smallFile(scores: Record<number, number>): ScoredFile {
  const anomalyScores = Array.from({ length: 20 }, (_, row) => scores[row] ?? 0);
  return { name: 'small.csv', anomalyScores, windows: [[10, 14]] };
}

describe('the scaled sigmoid and probation', () => {
  it('gives 2·σ(5)−1 at the left edge of a window, 0 at its right edge, −1 three widths after it', () => {
    expect(scaledSigmoid(-1)).toBeCloseTo(0.98661429815, 10);
    expect(scaledSigmoid(0)).toBe(0);
    expect(scaledSigmoid(0.5)).toBeCloseTo(-0.84828363996, 10);
    expect(scaledSigmoid(3)).toBe(-1);
  });

  it('keeps the first 15% of a file out of scoring, at most 750 rows', () => {
    expect(probationaryLength(20)).toBe(3);
    expect(probationaryLength(4032)).toBe(604);
    expect(probationaryLength(15_902)).toBe(750);
  });
});

describe('scoring a small file by hand', () => {
  it('credits the detection at row 12 of window 10..14 with σ-scaled 0.9174 (position −3/5)', () => {
    const raw = scoreAtThreshold([smallFile({ 12: 0.9 })], standard, 0.5);
    expect(raw).toBeCloseTo(0.9174286804, 9);
  });

  it('counts only the earliest detection in a window, and a missed window as −fnWeight', () => {
    const file = smallFile({ 11: 0.8, 12: 0.9, 13: 0.9 });
    expect(scoreAtThreshold([file], standard, 0.8)).toBeCloseTo(0.9771068409, 9);
    expect(scoreAtThreshold([file], standard, 0.95)).toBe(-1);
    expect(scoreAtThreshold([file], lowFN, 0.95)).toBe(-2);
  });

  it('charges a full fpWeight before any window, a sigmoid share after one, nothing in probation', () => {
    // Row 1 is in probation; row 5 precedes every window; row 16 is 2/4 of a width after the window.
    const file = smallFile({ 1: 1, 5: 0.95, 12: 0.9, 11: 0.8, 16: 0.7 });
    const byThreshold = scoresByThreshold([file], standard).map((s) => [s.threshold, s.raw]);
    expect(byThreshold.slice(0, 5)).toEqual([
      [1.1, -1],
      [0.95, expect.closeTo(-1.11, 9)],
      [0.9, expect.closeTo(0.8074286804, 9)],
      [0.8, expect.closeTo(0.8671068409, 9)],
      [0.7, expect.closeTo(0.7737956405, 9)],
    ]);
    const lowFPAt07 = scoreAtThreshold([file], lowFP, 0.7);
    expect(lowFPAt07).toBeCloseTo(0.5704844401, 9);
  });

  it('optimises the threshold over the whole corpus and normalises between null and perfect', () => {
    const file = smallFile({ 1: 1, 5: 0.95, 12: 0.9, 11: 0.8, 16: 0.7 });
    const best = optimizeThreshold([file], standard);
    expect(best.threshold).toBe(0.8);
    expect(normalizedScore(best.raw, 1, standard)).toBeCloseTo(93.355342046, 6);
    expect(normalizedScore(optimizeThreshold([file], lowFN).raw, 1, lowFN)).toBeCloseTo(
      95.570228031,
      6,
    );
    expect(normalizedScore(-1, 1, standard)).toBe(0);
    expect(normalizedScore(1, 1, standard)).toBe(100);
  });
});

describe('scoring a published detector', () => {
  it("reproduces NAB's published standard score of numenta on ec2_cpu_utilization_ac20cd", () => {
    const anomalyScores = numenta.runs.flatMap(([score, rows]) => Array<number>(rows).fill(score));
    expect(anomalyScores).toHaveLength(numenta.rows);
    const raw = scoreAtThreshold(
      [{ name: numenta.file, anomalyScores, windows: numenta.windows }],
      standard,
      numenta.published.threshold,
    );
    expect(raw).toBeCloseTo(numenta.published.score, 9);
  });
});
