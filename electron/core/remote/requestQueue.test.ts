import { describe, expect, it } from 'vitest';
import { createRequestQueue } from './requestQueue.ts';

describe('request queue', () => {
  it('runs a few requests at a time, lets a burst wait and refuses a flood', async () => {
    const queue = createRequestQueue({ running: 2, waiting: 3, waitingBytes: 100 });
    let running = 0;
    let mostAtOnce = 0;
    const finishers: (() => void)[] = [];
    const work = () =>
      new Promise<void>((resolve) => {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        finishers.push(() => {
          running--;
          resolve();
        });
      });
    const accepted = Array.from({ length: 6 }, () => queue.offer(10, work));
    expect(accepted).toEqual([true, true, true, true, true, false]);
    expect(queue.offer(95, work)).toBe(false); // too many bytes waiting
    while (finishers.length > 0) {
      finishers.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(mostAtOnce).toBe(2);
    expect(running).toBe(0);
  });
});
