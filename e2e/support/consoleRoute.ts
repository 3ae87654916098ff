import type { Page } from '@playwright/test';

/**
 * Opens a console route (`/incidents/<id>`, `/sync`…) the way a person does:
 * in a page already showing the console, by changing the address's fragment,
 * so the signed-in session (held in the page's memory only) stays; in a fresh
 * page, by loading the node's printed console address with the route.
 */
export async function openConsoleRoute(
  page: Page,
  consoleUrl: string,
  route: string,
): Promise<void> {
  const origin = new URL(consoleUrl).origin;
  if (!page.url().startsWith(origin)) {
    await page.goto(`${consoleUrl}#${route}`);
    return;
  }
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
  await page.waitForURL((url) => url.hash === `#${route}`);
}
