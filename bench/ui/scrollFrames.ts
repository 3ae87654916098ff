import type { Page } from '@playwright/test';
import { median, percentile, round } from './stats.ts';

export interface ScrollFrames {
  frames: number;
  medianMs: number;
  p95Ms: number;
  percentOver16_7Ms: number;
  /** Frames that took longer than one and a half 60 Hz intervals: a vsync was missed. */
  percentOver25Ms: number;
  stepPx: number;
  scrolledPx: number;
}

/**
 * Scroll the nearest scrollable ancestor of `selector` from the top by `stepPx` every animation frame for
 * `frames` frames and return the deltas between frames: what a person
 * dragging through the history would see.
 */
export async function scrollFrameTimes(
  page: Page,
  selector: string,
  frames: number,
  stepPx: number,
): Promise<ScrollFrames> {
  const result = await page.evaluate(
    async ({ selector, frames, stepPx }) => {
      let scroller = document.querySelector(selector);
      while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1)
        scroller = scroller.parentElement;
      if (!scroller) throw new Error(`nothing scrollable holds ${selector}`);
      scroller.scrollTop = 0;
      await new Promise((done) => setTimeout(done, 500));
      const deltas: number[] = [];
      let last = 0;
      await new Promise<void>((done) => {
        const frame = (time: number) => {
          if (last !== 0) deltas.push(time - last);
          last = time;
          if (deltas.length >= frames) return done();
          scroller.scrollTop += stepPx;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      return { deltas, scrolledPx: scroller.scrollTop };
    },
    { selector, frames, stepPx },
  );
  const share = (limitMs: number) =>
    round((100 * result.deltas.filter((delta) => delta > limitMs).length) / result.deltas.length);
  return {
    frames: result.deltas.length,
    medianMs: round(median(result.deltas)),
    p95Ms: round(percentile(result.deltas, 0.95)),
    percentOver16_7Ms: share(16.7),
    percentOver25Ms: share(25),
    stepPx,
    scrolledPx: Math.round(result.scrolledPx),
  };
}
