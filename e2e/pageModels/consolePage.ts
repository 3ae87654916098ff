import { expect, type Locator, type Page } from '@playwright/test';

export interface IncidentDraft {
  title: string;
  severity: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4' | 'SEV5';
  summary?: string;
}

/** The commander console: incident list, declaration and the incident view. */
export class ConsolePage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async declareIncident(draft: IncidentDraft): Promise<void> {
    await this.page.getByRole('button', { name: 'Declare incident' }).first().click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Title', { exact: true }).fill(draft.title);
    await dialog.getByLabel('Severity', { exact: true }).selectOption(draft.severity);
    if (draft.summary) await dialog.getByLabel('Summary', { exact: true }).fill(draft.summary);
    await dialog.getByRole('button', { name: 'Declare incident' }).click();
    await expect(dialog).toBeHidden();
  }

  incidentInList(title: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(title) });
  }

  async openIncident(title: string): Promise<void> {
    await this.incidentInList(title).click();
    await expect(this.page.getByRole('heading', { name: title })).toBeVisible();
  }

  timeline(): Locator {
    return this.page.getByRole('list', { name: 'Timeline' });
  }

  async addTimelineEntry(text: string): Promise<void> {
    await this.page.getByLabel('Timeline entry', { exact: true }).fill(text);
    await this.page.getByRole('button', { name: 'Add entry' }).click();
  }
}
