import type { Page } from '@playwright/test';

/** Parts of the wall that must sit wholly on screen, with nothing spilling out of them. */
const CONTAINED = [
  '.wall-header',
  '.wall-overview',
  '.wall-detail',
  '.wall-row',
  '.wall-exercise-row',
  '.wall-fact',
  '.wall-row-title',
  '.wall-exercise-title',
  '.wall-detail-title',
  '.wall-latest',
  '.wall-roles-panel',
  '.wall-chart',
  '.wall-footer',
];

/**
 * Everything on the wall that runs off the screen or out of its box, in
 * words a failing test can print: the page scrolling, a part past the
 * viewport's edge, or a part whose content is taller or wider than it.
 */
export async function wallOverflow(page: Page): Promise<string[]> {
  return page.evaluate((selectors) => {
    const problems: string[] = [];
    const { innerWidth, innerHeight } = window;
    const root = document.documentElement;
    if (root.scrollWidth > innerWidth || root.scrollHeight > innerHeight)
      problems.push(`page scrolls: ${root.scrollWidth}×${root.scrollHeight}`);
    for (const selector of selectors) {
      document.querySelectorAll<HTMLElement>(selector).forEach((element, index) => {
        const box = element.getBoundingClientRect();
        const name = `${selector}[${index}]`;
        if (box.width === 0 || box.height === 0) problems.push(`${name} has no size`);
        if (box.right > innerWidth + 1 || box.bottom > innerHeight + 1 || box.left < -1)
          problems.push(
            `${name} runs off screen (${Math.round(box.right)}, ${Math.round(box.bottom)})`,
          );
        if (element.scrollHeight > element.clientHeight + 1)
          problems.push(
            `${name} content taller than its box (${element.scrollHeight} > ${element.clientHeight})`,
          );
        if (element.scrollWidth > element.clientWidth + 1)
          problems.push(
            `${name} content wider than its box (${element.scrollWidth} > ${element.clientWidth})`,
          );
      });
    }
    return problems;
  }, CONTAINED);
}
