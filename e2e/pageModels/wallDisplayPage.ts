import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';

/** How long the detail area stays on one incident (renderer wallSlice WALL_DETAIL_SECONDS). */
const WALL_DETAIL_MS = 20_000;

export interface WallOpenOptions {
  /** The page's timers only move when the test says (see nextIncident). */
  controlledClock?: boolean;
  viewport?: { width: number; height: number };
  /** The browser's time zone, e.g. 'America/New_York'. */
  timezoneId?: string;
  /** `?incident=<id>`: pin the detail area to one incident. */
  pinnedIncidentId?: string;
}

/** A read-only wall display in its own browser context, as on a war-room screen. */
export class WallDisplayPage {
  readonly page: Page;
  readonly context: BrowserContext;

  private constructor(context: BrowserContext, page: Page) {
    this.context = context;
    this.page = page;
  }

  static async open(
    browser: Browser,
    consoleUrl: string,
    options: WallOpenOptions = {},
  ): Promise<WallDisplayPage> {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1920, height: 1080 },
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
    if (options.controlledClock) await context.clock.install();
    const page = await context.newPage();
    const pin = options.pinnedIncidentId ? `?incident=${options.pinnedIncidentId}` : '';
    await page.goto(`${consoleUrl}#/wall${pin}`);
    return new WallDisplayPage(context, page);
  }

  text(content: string | RegExp): Locator {
    return this.page.getByText(content).first();
  }

  /** The overview's rows, real incidents first, then exercises. */
  rows(): Locator {
    return this.page.getByTestId('wall-incident');
  }

  /** The one incident shown in depth beneath the overview. */
  detail(): Locator {
    return this.page.getByTestId('wall-detail');
  }

  /** The role holders of the incident in the detail area. */
  roleHolder(roleLabel: string): Locator {
    return this.page
      .getByTestId('wall-role')
      .filter({ has: this.page.getByText(roleLabel, { exact: true }) });
  }

  /** Who is paged and at which level, for the incident in the detail area. */
  escalation(): Locator {
    return this.page.getByTestId('wall-escalation');
  }

  /** Let the rotation interval pass on a wall opened with a controlled clock. */
  async nextIncident(): Promise<void> {
    await this.page.clock.fastForward(WALL_DETAIL_MS);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
