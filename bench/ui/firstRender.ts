import type { Browser } from '@playwright/test';
import { freshContext } from './browser.ts';

/**
 * Milliseconds from navigation start until `selector` is in the document
 * with a size, as seen by the next animation frame (so: about to be painted).
 */
export async function firstRenderMs(
  browser: Browser,
  url: string,
  selector: string,
  personId: string,
): Promise<number> {
  const context = await freshContext(browser, personId);
  try {
    await context.addInitScript((wanted) => {
      const found = () => {
        const element = document.querySelector(wanted);
        return element !== null && element.getBoundingClientRect().height > 0;
      };
      const record = () =>
        requestAnimationFrame(() => {
          (window as unknown as { benchFirstRender?: number }).benchFirstRender ??=
            performance.now();
        });
      const observer = new MutationObserver(() => {
        if (!found()) return;
        observer.disconnect();
        record();
      });
      observer.observe(document, { childList: true, subtree: true });
    }, selector);
    const page = await context.newPage();
    await page.goto(url);
    const handle = await page
      .waitForFunction(
        () => (window as unknown as { benchFirstRender?: number }).benchFirstRender,
        undefined,
        { timeout: 120_000, polling: 100 },
      )
      .catch((error: unknown) => {
        // A renderer rebuilt under the running node (new asset names) also ends here.
        throw new Error(`${url} never showed ${selector}: ${(error as Error).message}`);
      });
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}
