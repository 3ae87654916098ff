import type { Page } from '@playwright/test';

/** The first-run screen of a node with no workspace. */
export class FirstRunPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async createWorkspace(workspaceName: string, yourName: string): Promise<void> {
    await this.page.getByLabel('Workspace name', { exact: true }).fill(workspaceName);
    await this.page.getByLabel('Your name', { exact: true }).fill(yourName);
    await this.page.getByRole('button', { name: 'Create workspace' }).click();
  }

  async loadDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load demo organisation' }).click();
  }
}
