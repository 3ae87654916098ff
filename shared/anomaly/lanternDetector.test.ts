import { describe, expect, it } from 'vitest';
import { createLanternDetector, defaultLanternOptions } from './lanternDetector.ts';

const FIVE_MINUTES = 300_000;
const START = Date.UTC(2026, 0, 5);

/** Deterministic pseudo-random numbers (mulberry32) so the streams are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A daily cycle with noise, sampled every five minutes. */
function dailyStream(points: number, seed: number): number[] {
  const next = random(seed);
  return Array.from(
    { length: points },
    (_, i) => 100 + 20 * Math.sin((2 * Math.PI * i) / 288) + 3 * next(),
  );
}

function scoresOf(values: readonly number[]): number[] {
  const detector = createLanternDetector();
  return values.map((value, i) => detector.observe(START + i * FIVE_MINUTES, value));
}

describe('the Lantern stream detector', () => {
  it('gives the same scores for the same stream', () => {
    const values = dailyStream(3000, 7);
    expect(scoresOf(values)).toEqual(scoresOf(values));
  });

  it('answers each point from that point and earlier ones only', () => {
    const values = dailyStream(3000, 11);
    const prefix = scoresOf(values.slice(0, 1500));
    expect(scoresOf(values).slice(0, 1500)).toEqual(prefix);
  });

  it('keeps every score in [0, 1], for flat, noisy, huge and negative streams', () => {
    const next = random(3);
    const streams = [
      Array<number>(2000).fill(42),
      Array.from({ length: 2000 }, () => next() * 1e12),
      Array.from({ length: 2000 }, (_, i) => -5 + (i % 17 === 0 ? -1e6 : next())),
      dailyStream(2000, 5),
    ];
    for (const stream of streams) {
      for (const score of scoresOf(stream)) {
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('holds the same state after a million points as after a thousand', () => {
    const detector = createLanternDetector();
    const next = random(9);
    for (let i = 0; i < 1000; i++) detector.observe(START + i * FIVE_MINUTES, next());
    const early = detector.stateBytes;
    for (let i = 1000; i < 1_000_000; i++) detector.observe(START + i * FIVE_MINUTES, next());
    expect(detector.stateBytes).toBe(early);
    expect(early).toBeLessThan(100_000);
  });

  it('flags a spike far outside a learned daily cycle, then stays quiet for the refractory period', () => {
    const values = dailyStream(3000, 13);
    values[2500] = 400;
    const scores = scoresOf(values);
    expect(scores[2500]).toBeGreaterThanOrEqual(defaultLanternOptions.fireLevel);
    expect(Math.max(...scores.slice(2501, 2501 + defaultLanternOptions.quietPoints))).toBe(0);
    expect(Math.max(...scores.slice(1000, 2500))).toBeLessThan(defaultLanternOptions.fireLevel);
  });

  it('refuses a point that is not a finite number', () => {
    const detector = createLanternDetector();
    expect(() => detector.observe(START, Number.NaN)).toThrow(RangeError);
    expect(() => detector.observe(Number.POSITIVE_INFINITY, 1)).toThrow(
      /finite timestamp and value/,
    );
  });
});
