import type { Page } from '@playwright/test';

/** The first-run screen of a node with no workspace. */
export class FirstRunPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** In a browser the first person also chooses their passphrase: they become the first administrator. */
  async createWorkspace(
    workspaceName: string,
    yourName: string,
    passphrase: string,
  ): Promise<void> {
    await this.page.getByLabel('Workspace name', { exact: true }).fill(workspaceName);
    await this.page.getByLabel('Your name', { exact: true }).fill(yourName);
    await this.page.getByLabel('Your passphrase', { exact: true }).fill(passphrase);
    await this.page.getByRole('button', { name: 'Create workspace' }).click();
  }

  async loadDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load demo organisation' }).click();
  }
}
