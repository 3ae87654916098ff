import { chromium, type Browser, type BrowserContext } from '@playwright/test';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const PERSON_STORAGE_KEY = 'lantern.currentPersonId';

/** Debian's Chromium, headless, with the flags the browser tests use. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A fresh context (empty cache and storage) signed in as `personId`, as a returning operator. */
export async function freshContext(browser: Browser, personId: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  await context.addInitScript(([key, id]) => window.localStorage.setItem(key, id), [
    PERSON_STORAGE_KEY,
    personId,
  ] as const);
  return context;
}
