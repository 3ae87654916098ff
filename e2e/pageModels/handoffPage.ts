import { expect, type Locator, type Page } from '@playwright/test';
import { openConsoleRoute } from '../support/consoleRoute.ts';

/** The shift-handoff screen of one incident (#/incidents/<id>/handoff). */
export class HandoffPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(consoleUrl: string, incidentId: string): Promise<void> {
    await openConsoleRoute(this.page, consoleUrl, `/incidents/${incidentId}/handoff`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: /^Shift handoff —/ }),
    ).toBeVisible();
  }

  brief(): Locator {
    return this.page.getByTestId('brief-view');
  }

  briefSection(heading: string): Locator {
    return this.brief().getByRole('region', { name: heading, exact: true });
  }

  historyItems(): Locator {
    return this.page.getByTestId('brief-history-item');
  }

  async draft(incomingName: string): Promise<void> {
    await this.page
      .getByRole('region', { name: 'Draft a handoff brief' })
      .getByLabel('Incoming lead', { exact: true })
      .selectOption({ label: incomingName });
    await this.page.getByRole('button', { name: 'Draft handoff brief' }).click();
    await expect(this.editor()).toBeVisible();
  }

  editor(): Locator {
    return this.page.getByRole('form', { name: 'Edit the draft brief' });
  }

  async addLine(sectionTitle: string, text: string): Promise<void> {
    await this.editor()
      .getByRole('button', { name: `Add a line to ${sectionTitle.toLowerCase()}` })
      .click();
    await this.editor()
      .getByRole('textbox', { name: new RegExp(`^${sectionTitle}, line`) })
      .last()
      .fill(text);
  }

  async writeNote(text: string): Promise<void> {
    await this.editor().getByLabel('Note', { exact: true }).fill(text);
  }

  async save(): Promise<void> {
    await this.editor().getByRole('button', { name: 'Save draft' }).click();
    await expect(this.editor().getByRole('status')).toHaveText('Saved.');
  }

  async submit(incomingName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Submit brief to ${incomingName}` }).click();
  }

  async acknowledge(questions: string): Promise<void> {
    await this.page.getByLabel('Questions for the outgoing lead', { exact: true }).fill(questions);
    await this.page.getByRole('button', { name: 'Acknowledge and take command' }).click();
  }
}
