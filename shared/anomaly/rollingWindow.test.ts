import { describe, expect, it } from 'vitest';
import { RollingWindow } from './rollingWindow.ts';

describe('RollingWindow', () => {
  it('gives the mean and population standard deviation of the last `size` values', () => {
    const window = new RollingWindow(4);
    for (const value of [100, 1, 2, 3, 4]) window.push(value);
    expect(window.count).toBe(4);
    expect(window.mean()).toBe(2.5);
    expect(window.std()).toBeCloseTo(Math.sqrt(1.25), 12);
    expect(window.ago(1)).toBe(4);
    expect(window.ago(4)).toBe(1);
  });

  it('does not drift over a long stream of large values', () => {
    const window = new RollingWindow(8);
    for (let i = 0; i < 100_000; i++) window.push(1e9 + (i % 8));
    expect(window.mean()).toBeCloseTo(1e9 + 3.5, 6);
    expect(window.std()).toBeCloseTo(Math.sqrt(5.25), 3);
  });
});
