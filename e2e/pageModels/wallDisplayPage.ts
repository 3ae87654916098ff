import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';

const WALL_PANEL_MS = 15_000;

/** A read-only wall display in its own browser context, as on a war-room screen. */
export class WallDisplayPage {
  readonly page: Page;
  readonly context: BrowserContext;

  private constructor(context: BrowserContext, page: Page) {
    this.context = context;
    this.page = page;
  }

  /** `controlledClock`: the page's timers only move when the test says (see nextPanel). */
  static async open(
    browser: Browser,
    consoleUrl: string,
    options: { controlledClock?: boolean } = {},
  ): Promise<WallDisplayPage> {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    if (options.controlledClock) await context.clock.install();
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

  panelTitle(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Let the rotation interval pass on a wall opened with a controlled clock. */
  async nextPanel(): Promise<void> {
    await this.page.clock.fastForward(WALL_PANEL_MS);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
