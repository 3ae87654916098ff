import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DetectorStateError } from './detectorState.ts';
import { LanternDetector } from './lanternDetector.ts';

const TEN_SECONDS = 10_000;
const START = Date.UTC(2026, 0, 5);

function feed(detector: LanternDetector, values: readonly number[], from: number): number[] {
  return values.map((value, i) => detector.observe(START + (from + i) * TEN_SECONDS, value));
}

describe('saving and restoring a detector', () => {
  it('a restored detector scores the rest of a stream exactly as one that never stopped (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 400 }),
        fc.nat(),
        (values, cut) => {
          const at = cut % values.length;
          const uninterrupted = new LanternDetector({ likelihoodWarmup: 20 });
          const expected = feed(uninterrupted, values, 0);
          const first = new LanternDetector({ likelihoodWarmup: 20 });
          feed(first, values.slice(0, at), 0);
          const saved = Float64Array.from(first.saveState());
          const restored = new LanternDetector({ likelihoodWarmup: 20 });
          restored.loadState(saved);
          expect(restored.pointsSeen).toBe(at);
          expect(feed(restored, values.slice(at), at)).toEqual(expected.slice(at));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses a state saved with other options and keeps what it had', () => {
    const small = new LanternDetector({ historyPoints: 100 });
    feed(small, [1, 2, 3], 0);
    const detector = new LanternDetector();
    feed(detector, [5, 6, 7], 0);
    const before = detector.saveState();
    expect(() => detector.loadState(small.saveState())).toThrow(DetectorStateError);
    expect(detector.saveState()).toEqual(before);
    expect(() => detector.loadState(new Float64Array(3))).toThrow(DetectorStateError);
  });

  it('gives an expected range around the recent level once it has two points', () => {
    const detector = new LanternDetector();
    expect(detector.expectedRange()).toBeNull();
    feed(detector, [100, 102, 98, 101, 99], 0);
    const { low, high } = detector.expectedRange() ?? { low: Number.NaN, high: Number.NaN };
    expect(low).toBeLessThan(100);
    expect(high).toBeGreaterThan(100);
    expect(high - low).toBeLessThan(100);
  });
});
