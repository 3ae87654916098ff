import { describe, expect, it } from 'vitest';
import { HybridLogicalClock, compareHlc, decodeHlc, encodeHlc } from './hlc.ts';

describe('hybrid logical clock', () => {
  it('orders local events strictly even when the wall clock stands still or goes back', () => {
    let wall = 1_000;
    const clock = new HybridLogicalClock('node-a', () => wall);
    const first = clock.tick();
    const second = clock.tick();
    wall = 500; // clock stepped backwards (NTP correction)
    const third = clock.tick();
    expect(compareHlc(first, second)).toBe(-1);
    expect(compareHlc(second, third)).toBe(-1);
  });

  it('sorts after a peer stamp from a clock that runs ten minutes ahead', () => {
    const local = new HybridLogicalClock('node-a', () => 1_000_000);
    const peer = new HybridLogicalClock('node-b', () => 1_000_000 + 600_000);
    const remote = peer.tick();
    local.receive(remote);
    expect(compareHlc(local.tick(), remote)).toBe(1);
  });

  it('round-trips through its string encoding and rejects garbage', () => {
    const stamp = { wallMs: 1_732_000_000_000, counter: 7, nodeId: 'n-1' };
    expect(decodeHlc(encodeHlc(stamp))).toEqual(stamp);
    expect(() => decodeHlc('yesterday')).toThrow(/Not a hybrid logical clock/);
  });
});
