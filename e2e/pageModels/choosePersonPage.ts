import { TEST_PASSPHRASE } from '../../electron/core/access/signIn.testSupport.ts';
import { expect, type Page } from '@playwright/test';
import { giveDemoPersonCredentials } from '../support/demoCredentials.ts';

/** "Who is at this keyboard?": a node with a workspace asks each browser for its person once. */
export class ChoosePersonPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  heading() {
    return this.page.getByRole('heading', { name: 'Who is at this keyboard?' });
  }

  async choose(displayName: string, passphrase = TEST_PASSPHRASE): Promise<void> {
    await expect(this.heading()).toBeVisible();
    await giveDemoPersonCredentials(this.page.url(), displayName);
    const search = this.page.getByLabel('Search people', { exact: true });
    if (await search.isVisible()) await search.fill(displayName);
    await this.page
      .getByRole('list', { name: 'People in this workspace' })
      .getByRole('button', { name: new RegExp(`^${displayName}`) })
      .click();
    // People sign in with their own passphrase (the e2e nodes give the demo people the test one).
    const passphraseField = this.page.getByLabel('Passphrase', { exact: true });
    await passphraseField.fill(passphrase);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(this.heading()).toBeHidden();
  }
}
