import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';

/** A read-only wall display in its own browser context, as on a war-room screen. */
export class WallDisplayPage {
  readonly page: Page;
  readonly context: BrowserContext;

  private constructor(context: BrowserContext, page: Page) {
    this.context = context;
    this.page = page;
  }

  static async open(browser: Browser, consoleUrl: string): Promise<WallDisplayPage> {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${consoleUrl}#/wall`);
    return new WallDisplayPage(context, page);
  }

  text(content: string | RegExp): Locator {
    return this.page.getByText(content).first();
  }

  /** The role holders of the most severe incident, while the roles panel is up. */
  roleHolder(roleLabel: string): Locator {
    return this.page
      .getByTestId('wall-role')
      .filter({ has: this.page.getByText(roleLabel, { exact: true }) });
  }

  /** Who is paged and at which level, while the escalation panel is up. */
  escalation(): Locator {
    return this.page.getByTestId('wall-escalation');
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
