import { describe, expect, it } from 'vitest';
import { describeLease } from './leaseView.ts';
import { leaseTerms } from './takeoverRule.ts';

const timing = { leaseMs: 90_000, skewMarginMs: 30_000 };
const renewed = new Date('2026-12-03T15:00:00.000Z');
const lease = {
  nodeId: 'node-a',
  nodeName: 'war-room-laptop',
  ...leaseTerms(renewed, timing),
  termStartedAt: '2026-12-03T14:10:00.000Z',
  hlc: 'h',
};
const after = (seconds: number) => new Date(renewed.getTime() + seconds * 1000);

describe('describeLease', () => {
  it('says who runs scheduled work since when, when the lease lapsed, and when peers take over', () => {
    expect(describeLease(lease, after(10))).toEqual({
      node: 'war-room-laptop (node-a)',
      state: 'holding',
      text: 'runs its scheduled work since 14:10:00 UTC; lease renewed 15:00:00 UTC',
    });
    expect(describeLease(lease, after(100)).text).toBe(
      'no renewal since 15:00:00 UTC; peers may take over from 15:02:00 UTC',
    );
    expect(describeLease(lease, after(121)).state).toBe('lost');
  });

  it('names the node that took the work over, and when', () => {
    const taken = { ...lease, takenOverBy: 'node-b', takenOverAt: '2026-12-03T15:02:03.000Z' };
    expect(describeLease(taken, after(200), () => 'ops-desk (node-b)').takenOver).toBe(
      'its work was taken over by ops-desk (node-b) at 15:02:03 UTC',
    );
  });
});
