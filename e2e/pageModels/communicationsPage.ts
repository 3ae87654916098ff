import { expect, type Locator, type Page } from '@playwright/test';
import { openConsoleRoute } from '../support/consoleRoute.ts';

/** The communications screen of one incident, as a person uses it. */
export class CommunicationsPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(consoleUrl: string, incidentId: string): Promise<void> {
    await openConsoleRoute(this.page, consoleUrl, `/incidents/${incidentId}/communications`);
    await expect(this.page.getByRole('heading', { name: /^Communications — / })).toBeVisible();
  }

  composer(): Locator {
    return this.page.getByRole('region', { name: 'Draft an update' });
  }

  preview(): Locator {
    return this.page.getByTestId('comms-preview');
  }

  async draft(audience: string): Promise<void> {
    await this.composer().getByLabel('Audience').selectOption({ label: audience });
    await expect(this.preview()).toBeVisible();
  }

  async saveDraft(): Promise<void> {
    await this.composer().getByRole('button', { name: 'Save draft' }).click();
  }

  /** The card of the newest message whose subject matches. */
  message(subject: RegExp | string): Locator {
    return this.page
      .getByTestId('comms-message')
      .filter({ has: this.page.getByRole('heading', { name: subject }) })
      .first();
  }

  deliveries(message: Locator): Locator {
    return message.getByTestId('delivery');
  }
}
