import type { Page } from '@playwright/test';

/** Epoch milliseconds with sub-millisecond resolution, the same way the page computes them. */
export function nodeEpochMs(): number {
  return performance.timeOrigin + performance.now();
}

/**
 * How far the page's clock (timeOrigin + now) runs ahead of this process's,
 * from the round trip with the smallest delay: page time minus the middle
 * of the round trip. Subtract it from page timestamps to compare them here.
 */
export async function pageClockOffsetMs(page: Page, samples = 15): Promise<number> {
  let best = { roundTrip: Number.POSITIVE_INFINITY, offset: 0 };
  for (let index = 0; index < samples; index++) {
    const sent = nodeEpochMs();
    const pageNow = await page.evaluate(() => performance.timeOrigin + performance.now());
    const received = nodeEpochMs();
    const roundTrip = received - sent;
    if (roundTrip < best.roundTrip) best = { roundTrip, offset: pageNow - (sent + received) / 2 };
  }
  return best.offset;
}
