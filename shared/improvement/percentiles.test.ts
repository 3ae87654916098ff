import { describe, expect, it } from 'vitest';
import { median, percentile, summarise } from './percentiles.ts';

describe('percentiles (nearest rank)', () => {
  it('picks recorded values, never interpolated ones', () => {
    const values = [50, 10, 40, 20, 30, 100, 60, 70, 80, 90];
    expect(median(values)).toBe(50);
    expect(percentile(values, 90)).toBe(90);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 90)).toBe(7);
  });

  it('has no value for no incidents', () => {
    expect(summarise([])).toEqual({ count: 0 });
    expect(summarise([10, 20, 40])).toEqual({ count: 3, mean: 23, median: 20, p90: 40 });
  });
});
